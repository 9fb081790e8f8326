#ifndef HARMONIA_CLIBXML2_SHIM_H
#define HARMONIA_CLIBXML2_SHIM_H
/*
 * Debian builds libxml2 with ICU, so encoding.h would pull in the system's ICU headers, whose
 * UErrorCode clashes with the copy inside swift-corelibs-foundation in any module that also
 * imports Foundation. ICU only adds two trailing pointer fields to xmlCharEncodingHandler,
 * which HarmoniaXML never allocates or reads, so it is left out of what Swift sees.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>

/*
 * libxml2's "generic" error channel takes a variadic callback, which Swift cannot implement,
 * and by default prints to stderr. HarmoniaXML collects diagnostics per parser context through
 * structured handlers; these helpers only mute the generic channel, on the calling thread
 * (libxml2 keeps that channel in per-thread state), for the duration of one libxml2 call.
 */
static inline void harmonia_xml_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* The previous generic handler of the calling thread, kept opaque for Swift. */
typedef struct {
    void *function;
    void *context;
} harmonia_xml_generic_error_state;

static inline harmonia_xml_generic_error_state harmonia_xml_mute_generic_errors(void) {
    harmonia_xml_generic_error_state saved;
    saved.function = (void *)xmlGenericError;
    saved.context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, harmonia_xml_ignore_generic_error);
    return saved;
}

static inline void harmonia_xml_restore_generic_errors(harmonia_xml_generic_error_state saved) {
    xmlGenericError = (xmlGenericErrorFunc)saved.function;
    xmlGenericErrorContext = saved.context;
}
#endif
