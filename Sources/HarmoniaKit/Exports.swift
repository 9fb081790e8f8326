// One import for library users: `import HarmoniaKit` brings the document model, the reader, the comparison
// and the report writers, so a program needs no knowledge of how the package is split into modules.
@_exported import HarmoniaAlign
@_exported import HarmoniaExtract
@_exported import HarmoniaIngest
@_exported import HarmoniaModel
@_exported import HarmoniaReport
