import HarmoniaExtract

/// The library's front door: reads two specifications, compares them and renders the result.
///
/// An `Assessor` does what `harmonia compare` does, without a process or a terminal:
///
/// ```swift
/// let assessor = Assessor()
/// let comparison = try assessor.compare(domesticFile: "jjg-99-2006.xml", referenceFile: "oiml-r111-1-2004.xml")
/// print(comparison.score.text, comparison.degree.computed)      // e.g. "78.6 NEQ"
/// let html = try assessor.render(comparison, as: .html)
/// ```
///
/// Reading follows the specification format (`docs/spec-format.md`); pairing, verdicts, degree and score
/// follow the comparison rules (`docs/comparison.md`). An `Assessor` is a value: configure one, then use it
/// from any number of tasks at once.
public struct Assessor: Sendable {
    /// The concepts that labels resolve to and that give each concept its direction.
    public var catalogue: ConceptCatalogue
    /// How values compare (exact by default).
    public var options: ComparisonOptions
    /// Whether files are checked against the shipped XSD before they are read, as the command line does.
    public var validatesSchema: Bool

    /// An assessor with the shipped concept catalogue and exact comparison, unless told otherwise.
    public init(
        catalogue: ConceptCatalogue = .shipped, options: ComparisonOptions = ComparisonOptions(),
        validatesSchema: Bool = true
    ) {
        self.catalogue = catalogue
        self.options = options
        self.validatesSchema = validatesSchema
    }

    /// The reader this assessor reads documents with.
    public var reader: SpecReader { SpecReader(catalogue: catalogue, validatesSchema: validatesSchema) }

    /// Every format through one door, as the command line reads them: a specification file as it is;
    /// Metanorma, NISO/ISO STS and DOCX documents, recognised by content, extracted and read back
    /// (`docs/input-formats.md`).
    private var loader: DocumentLoader { DocumentLoader(reader: reader) }

    // MARK: Reading

    /// Reads one document: a specification file, or a Metanorma, STS or DOCX document (extracted).
    ///
    /// - Throws: `IngestFailure` holding every error found (each naming file, line, column and element);
    ///   its `kind` is `.unreadable` when the file cannot be read at all, `.invalid` otherwise.
    public func read(file path: String) throws(IngestFailure) -> Document {
        try Self.accept(loader.read(file: path))
    }

    /// Reads one specification held in memory; `name` stands for its file in messages.
    public func read(xml: String, name: String) throws(IngestFailure) -> Document {
        try Self.accept(reader.read(bytes: Array(xml.utf8), name: name))
    }

    /// Reads one document held in memory as bytes (any encoding its XML declaration names; a DOCX as its zip).
    public func read(bytes: [UInt8], name: String) throws(IngestFailure) -> Document {
        try Self.accept(loader.read(bytes: bytes, name: name))
    }

    // MARK: Comparing

    /// Compares the document under assessment with its reference, both files in the specification format.
    ///
    /// The two files are read at the same time. When both are broken, the domestic file's failure is the
    /// one thrown, as the command line reports the first file first.
    /// - Throws: `IngestFailure` when either file cannot be read or is not a valid specification.
    public func compare(domesticFile: String, referenceFile: String) throws(IngestFailure) -> Comparison {
        let loader = loader
        let results = Parallel.map([domesticFile, referenceFile]) { loader.read(file: $0) }
        return compare(try Self.accept(results[0]), try Self.accept(results[1]))
    }

    /// Compares two specifications held in memory. The names stand for the files in messages and reports.
    /// - Throws: `IngestFailure` when either text is not a valid specification.
    public func compare(
        domesticXML: String, referenceXML: String, domesticName: String = "domestic.xml",
        referenceName: String = "reference.xml"
    ) throws(IngestFailure) -> Comparison {
        let domestic = try read(xml: domesticXML, name: domesticName)
        return compare(domestic, try read(xml: referenceXML, name: referenceName))
    }

    /// Compares two documents already read; this cannot fail.
    public func compare(_ domestic: Document, _ reference: Document) -> Comparison {
        Comparator(catalogue: catalogue, options: options).compare(domestic, reference)
    }

    // MARK: Rendering

    /// The comparison rendered in one of the report formats.
    ///
    /// `options` sets the interface language, member body and date; its catalogue defaults to this
    /// assessor's. The same comparison always renders to the same bytes.
    /// - Throws: `WriteError` only for ``ReportFormat/commentsDOCX``, when the archive cannot be built.
    public func render(
        _ comparison: Comparison, as format: ReportFormat,
        options: ReportOptions? = nil
    ) throws(WriteError) -> [UInt8] {
        try format.render(comparison, options: options ?? ReportOptions(catalogue: catalogue))
    }

    /// Writes the whole submission pack (the files of `ReportPack/fileNames(for:)`: no comment sheet when the reference is not international) into `directory`, atomically,
    /// and returns the paths written.
    @discardableResult
    public func writeReportPack(
        _ comparison: Comparison, to directory: String,
        options: ReportOptions? = nil
    ) throws(WriteError) -> [String] {
        try ReportPack(options: options ?? ReportOptions(catalogue: catalogue)).write(comparison, to: directory)
    }

    private static func accept(_ result: IngestResult) throws(IngestFailure) -> Document {
        if let document = result.document, result.errors.isEmpty { return document }
        throw IngestFailure(kind: result.unreadable ? .unreadable : .invalid, diagnostics: result.diagnostics)
    }
}
