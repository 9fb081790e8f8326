import Foundation
import SpecGenerator

// generate-spec: writes synthetic specification-format documents (see SpecGenerator).
//
//   generate-spec --indicators 100000 --seed 1 --role domestic > domestic.xml
//   generate-spec --megabytes 50 --seed 1 --role international --output big.xml
//   generate-spec --indicators 10000 --seed 1 --pair out/     # out/domestic.xml + out/international.xml

let usage = """
    usage: generate-spec (--indicators N | --megabytes M | --bytes B) [--seed S] [--role domestic|international]
                         [--change-rate R] [--output FILE | --pair DIR]
      --indicators N   exactly N indicators (half table cells, half indicator elements)
      --megabytes M    whole sections until the file holds at least M × 1,000,000 bytes
      --seed S         seed (default 1); the same arguments always give the same bytes
      --role R         domestic (default) or international
      --change-rate R  share of domestic values edited, 0…1 (default 0.05; international: always 0)
      --output FILE    write to FILE instead of standard output
      --pair DIR       write DIR/domestic.xml and DIR/international.xml (same seed and size)
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n\n" + usage + "\n").utf8))
    exit(2)
}

var size: SpecGenerator.Size?
var seed: UInt64 = 1
var role = SpecGenerator.Role.domestic
var changeRate: Double?
var output: String?
var pairDirectory: String?

var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    if flag == "-h" || flag == "--help" {
        print(usage)
        exit(0)
    }
    guard let argument = arguments.popFirst() else { fail("\(flag) needs a value") }
    switch flag {
    case "--indicators":
        guard let count = Int(argument), count > 0 else { fail("--indicators takes a positive integer") }
        size = .indicators(count)
    case "--megabytes":
        guard let megabytes = Double(argument), megabytes > 0 else { fail("--megabytes takes a positive number") }
        size = .bytes(Int(megabytes * 1_000_000))
    case "--bytes":
        guard let bytes = Int(argument), bytes > 0 else { fail("--bytes takes a positive integer") }
        size = .bytes(bytes)
    case "--seed":
        guard let value = UInt64(argument) else { fail("--seed takes a non-negative integer") }
        seed = value
    case "--role":
        guard let value = SpecGenerator.Role(rawValue: argument) else { fail("--role is domestic or international") }
        role = value
    case "--change-rate":
        guard let value = Double(argument), (0...1).contains(value) else { fail("--change-rate takes a number in 0…1") }
        changeRate = value
    case "--output":
        output = argument
    case "--pair":
        pairDirectory = argument
    default:
        fail("unknown option \(flag)")
    }
}
guard let size else { fail("give --indicators, --megabytes or --bytes") }

func report(_ summary: SpecGenerator.Summary, _ what: String) {
    let line =
        "\(what): \(summary.indicators) indicators (\(summary.tableCells) table cells, "
        + "\(summary.indicatorElements) indicator elements), \(summary.edited) edited, "
        + "\(summary.sections) sections, \(summary.bytes) bytes\n"
    FileHandle.standardError.write(Data(line.utf8))
}

do {
    if let pairDirectory {
        try FileManager.default.createDirectory(atPath: pairDirectory, withIntermediateDirectories: true)
        for side in SpecGenerator.Role.allCases {
            let path = pairDirectory + "/" + side.rawValue + ".xml"
            let generator = SpecGenerator(seed: seed, role: side, size: size, changeRate: changeRate)
            report(try generator.write(toFile: path), path)
        }
    } else if let output {
        let generator = SpecGenerator(seed: seed, role: role, size: size, changeRate: changeRate)
        report(try generator.write(toFile: output), output)
    } else {
        let generator = SpecGenerator(seed: seed, role: role, size: size, changeRate: changeRate)
        let stdout = FileHandle.standardOutput
        var buffer = Data()
        let summary = try generator.generate { piece in
            buffer.append(contentsOf: piece.utf8)
            if buffer.count >= 1 << 20 {
                try stdout.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try stdout.write(contentsOf: buffer)
        report(summary, "standard output")
    }
} catch {
    FileHandle.standardError.write(Data("generate-spec: \(error)\n".utf8))
    exit(1)
}
