import Foundation
import SpecGenerator

// generate-catalogue: writes a synthetic catalogue for `harmonia survey` (see CatalogueGenerator),
// and expected.json beside it: the families, gaps, missing references and equivalence classes planted.
//
//   generate-catalogue DIR [--international 750] [--domestic 675] [--regional 560]

var arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first, !folder.hasPrefix("-") else {
    FileHandle.standardError.write(
        Data("usage: generate-catalogue DIR [--international N] [--domestic N] [--regional N]\n".utf8))
    exit(2)
}
var generator = CatalogueGenerator()
var index = 1
while index + 1 < arguments.count {
    guard let value = Int(arguments[index + 1]) else { break }
    switch arguments[index] {
    case "--international": generator.international = value
    case "--domestic": generator.domestic = value
    case "--regional": generator.regional = value
    default:
        FileHandle.standardError.write(Data("unknown option \(arguments[index])\n".utf8))
        exit(2)
    }
    index += 2
}
let expected = try generator.write(to: folder)
print(
    "wrote \(expected.documents) documents to \(folder): \(expected.families.count) families, \(expected.gaps.count) gaps, "
        + "\(expected.missingReferences.count) missing references, \(expected.equivalenceClasses.count) equivalence classes"
)
