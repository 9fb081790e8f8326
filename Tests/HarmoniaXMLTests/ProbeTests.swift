import Foundation
import Testing
@testable import HarmoniaXML

@Test func probe() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "SECRET-HOSTNAME-CONTENT\n".write(to: dir.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
    let secret = dir.appendingPathComponent("secret.txt").path
    let cases: [(String, String)] = [
        ("lol", """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <lolz a="&lol9;">&lol9;</lolz>
        """),
        ("internal", "<!DOCTYPE a [<!ENTITY e \"hello\">]>\n<a b=\"x&e;y\">1&e;2</a>"),
        ("external", "<!DOCTYPE a [<!ENTITY e SYSTEM \"file://\(secret)\">]>\n<a>1&e;2</a>"),
        ("externalAttr", "<!DOCTYPE a [<!ENTITY e SYSTEM \"file://\(secret)\">]>\n<a b=\"&e;\"/>"),
        ("param", "<!DOCTYPE a [<!ENTITY % p SYSTEM \"file://\(secret)\"> %p;]>\n<a/>"),
        ("extdtd", "<!DOCTYPE a SYSTEM \"file://\(secret)\">\n<a>&x;</a>"),
        ("extdtdhttp", "<!DOCTYPE a SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<a/>"),
        ("xinclude", "<a xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(secret)\" parse=\"text\"/></a>"),
        ("deep", String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)),
        ("truncated", "<a>\n<b>text"),
        ("empty", ""),
        ("random", "\u{01}\u{02}garbage\u{7f}"),
        ("badutf8", "<a>\nok\n"),
        ("undefprefix", "<a>\n<x:b/></a>"),
        ("relns", "<a xmlns:x=\"rel\"/>"),
    ]
    for (name, text) in cases {
        var bytes = Array(text.utf8)
        if name == "badutf8" { bytes += [0xFF, 0xFE, 0x41] ; bytes += Array("</a>".utf8) }
        let path = dir.appendingPathComponent("\(name).xml").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        for forbid in [false, true] {
            let start = Date()
            do {
                let doc = try XMLDocument.parse(file: path, options: forbid ? [.forbidDoctype] : .safe)
                print("[\(name) forbid=\(forbid)] OK root=\(doc.root?.localName ?? "-") children=\(doc.root?.children ?? []) text=\(doc.root?.textContent.prefix(50) ?? "") attrs=\(doc.root?.attributes ?? []) warnings=\(doc.warnings) t=\(Date().timeIntervalSince(start))")
            } catch {
                print("[\(name) forbid=\(forbid)] ERR \(error) domain=\(error.domain) code=\(error.code) t=\(Date().timeIntervalSince(start))")
            }
            do {
                let r = try XMLStreamReader(file: path, options: forbid ? [.forbidDoctype] : .safe)
                var evs: [XMLStreamReader.Event] = []
                while let e = try r.next() { evs.append(e) }
                print("  stream OK \(evs.count) \(evs.prefix(4))")
            } catch {
                print("  stream ERR \(error)")
            }
        }
    }
}
