/// The fixed parts of the comment sheet's Word package, and paragraphs of WordprocessingML.
enum DOCXParts {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>

        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>

        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        </Relationships>

        """

    /// Core properties: the title, and the date only when one was given (no clock time ever).
    static func coreProperties(title: String, date: String?) -> String {
        var properties = "<dc:title>" + Escape.xml(title) + "</dc:title><dc:creator>Harmonia</dc:creator>"
        if let date, ReportDate(date) != nil {
            properties += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)T00:00:00Z</dcterms:created>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\(properties)</cp:coreProperties>

            """
    }

    /// Styles: Latin text in Calibri/Arial, East Asian text in SimSun (LibreOffice substitutes an installed
    /// CJK font where SimSun is absent), small table text.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="SimSun" w:cs="Arial"/>\
        <w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:tblPr><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>\
        <w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        <w:style w:type="table" w:styleId="CommentTable"><w:name w:val="Comment Table"/><w:basedOn w:val="TableNormal"/></w:style>\
        </w:styles>

        """

    /// A paragraph; line breaks in the text become `w:br`, and every character is escaped.
    static func paragraph(_ text: String, bold: Bool = false, style: String? = nil) -> String {
        var xml = "<w:p>"
        if let style { xml += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if !text.isEmpty {
            xml += "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "")
            xml += lines.map { "<w:t xml:space=\"preserve\">" + Escape.xml(NoBreakSpaces.apply(String($0))) + "</w:t>" }
                .joined(
                    separator: "<w:br/>")
            xml += "</w:r>"
        }
        return xml + "</w:p>"
    }

    /// `word/footer1.xml`: the page number and the page count, centred, as `pattern` says them with `{page}`
    /// and `{pages}` where the PAGE and NUMPAGES fields go (`第 {page} 页 共 {pages} 页`, `Page {page} of {pages}`).
    static func footer(_ pattern: String) -> String {
        func field(_ code: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(code) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        func text(_ part: Substring) -> String {
            part.isEmpty ? "" : "<w:r><w:t xml:space=\"preserve\">" + Escape.xml(String(part)) + "</w:t></w:r>"
        }
        var runs = ""
        let beforePage = pattern.components(separatedBy: "{page}")
        let head = beforePage.first ?? ""
        let tail = beforePage.dropFirst().joined(separator: "{page}")
        let afterPages = tail.components(separatedBy: "{pages}")
        runs += text(Substring(head)) + field("PAGE") + text(Substring(afterPages.first ?? ""))
        if afterPages.count > 1 { runs += field("NUMPAGES") + text(Substring(afterPages.dropFirst().joined())) }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:ftr xmlns:w="\(wordNamespace)" xmlns:r="\(relationshipNamespace)"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\(runs)</w:p></w:ftr>

            """
    }

    /// A `w:document` around `body`, on A4 (landscape or portrait) with margins of 1.5 cm.
    static func document(body: String, landscape: Bool) -> String {
        let page =
            landscape
            ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(wordNamespace)" xmlns:r="\(relationshipNamespace)"><w:body>\(body)\
            <w:sectPr><w:footerReference w:type="default" r:id="rId2"/>\(page)<w:pgMar w:top="851" w:right="851" w:bottom="851" w:left="851" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>\
            </w:body></w:document>

            """
    }

    /// A bordered table of text cells with fixed column widths (twentieths of a point); with `header`, the
    /// first row is bold, shaded and repeated on every page. Rows never split across pages.
    static func table(_ rows: [[String]], widths: [Int], header: Bool, boldFirstColumn: Bool = false) -> String {
        let total = widths.reduce(0, +)
        var xml =
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"CommentTable\"/><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
            }.joined()
            + "</w:tblBorders><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            let isHeader = header && index == 0
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (isHeader ? "<w:tblHeader/>" : "") + "</w:trPr>"
            for (column, (text, width)) in zip(row, widths).enumerated() {
                var properties = "<w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if isHeader { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" }
                properties += "</w:tcPr>"
                xml +=
                    "<w:tc>" + properties
                    + paragraph(text, bold: isHeader || (boldFirstColumn && column == 0), style: "TableText")
                    + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>" + paragraph("")
    }
}
