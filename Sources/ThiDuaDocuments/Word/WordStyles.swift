/// `word/styles.xml`: Times New Roman 14 pt, Vietnamese, and the named paragraph styles of the body,
/// so that an officer who edits the document restyles every paragraph of a kind at once.
///
/// Body text (Decree 30): justified, first line indented 1.27 cm, 6 pt after each paragraph, lines at
/// 1.2 (the decree allows single to 1.5). Headings keep with the next paragraph and show in the
/// navigation pane (built-in "heading N" names).
enum WordStyles {
    static let bodyFontSize = 28  // half-points: 14 pt

    static var xml: String {
        let font = "Times New Roman"
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        x += "<w:styles xmlns:w=\"\(WordML.mainNS)\">"
        x += "<w:docDefaults><w:rPrDefault><w:rPr>"
        x += "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
        x += "<w:sz w:val=\"\(bodyFontSize)\"/><w:szCs w:val=\"\(bodyFontSize)\"/>"
        x += "<w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
        x += "</w:rPr></w:rPrDefault>"
        x += "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
        x += "</w:docDefaults>"

        x += paragraphStyle("Normal", name: "Normal", isDefault: true)
        x += paragraphStyle(
            "NoiDung", name: "Nội dung", basedOn: "Normal",
            pPr: "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/>"
                + "<w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/>")
        for level in 1...3 {
            x += paragraphStyle(
                "Heading\(level)", name: "heading \(level)", basedOn: "NoiDung", next: "NoiDung",
                pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"120\"/>"
                    + "<w:outlineLvl w:val=\"\(level - 1)\"/>",
                rPr: level == 3 ? "<w:b/><w:bCs/><w:i/><w:iCs/>" : "<w:b/><w:bCs/>")
        }
        x += paragraphStyle("GachDau", name: "Gạch đầu dòng", basedOn: "NoiDung")
        x += paragraphStyle("CanCu", name: "Căn cứ", basedOn: "NoiDung", rPr: "<w:i/><w:iCs/>")
        x += paragraphStyle("Header", name: "header", basedOn: "Normal", pPr: "<w:jc w:val=\"center\"/>")

        x += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        x += "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
        x += "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
        x += "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        x += "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
        x += "</w:tblCellMar></w:tblPr></w:style>"
        x +=
            "<w:style w:type=\"table\" w:styleId=\"BangKe\"><w:name w:val=\"Bảng kê\"/><w:basedOn w:val=\"TableNormal\"/>"
        x += "<w:tblPr><w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            x += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        x += "</w:tblBorders></w:tblPr></w:style>"
        return x + "</w:styles>"
    }

    private static func paragraphStyle(
        _ id: String, name: String, isDefault: Bool = false, basedOn: String? = nil,
        next: String? = nil, pPr: String = "", rPr: String = ""
    ) -> String {
        var x = "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\">"
        x += "<w:name w:val=\"\(XMLText.escape(name, attribute: true))\"/>"
        if let basedOn { x += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { x += "<w:next w:val=\"\(next)\"/>" }
        x += "<w:qFormat/>"
        if !pPr.isEmpty { x += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { x += "<w:rPr>\(rPr)</w:rPr>" }
        return x + "</w:style>"
    }
}
