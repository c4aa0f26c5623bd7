import Foundation
import ThiDuaCore

/// Writes a `StateDocument` as a Word document (.docx, Office Open XML WordprocessingML) in the
/// layout of Decree 30/2020/NĐ-CP, which Word, LibreOffice and python-docx open without complaint.
///
/// The same document always gives the same bytes: the package has no clock in it (the zip entries
/// carry a fixed time, and the document properties carry the document's own date).
///
///     let plan = StateDocument(issuingBody: "Khối thi đua …", number: "12/KH-KTĐ", place: "Hà Nội",
///                              date: LocalDate("06/01/2023")!, documentType: "Kế hoạch",
///                              summary: "Phát động phong trào thi đua năm 2023",
///                              body: [.heading("I. MỤC ĐÍCH, YÊU CẦU"), .paragraph(["…"])],
///                              signature: SignatureBlock(position: "TRƯỞNG KHỐI", signer: "Nguyễn Văn A"),
///                              recipients: ["Các đơn vị thành viên", "Lưu: VT"])
///     let data = try DOCXWriter.write(plan)
public enum DOCXWriter {
    /// The parts of the package, in the order they are written.
    static let partNames = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
        "word/header1.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml",
    ]

    public static func write(_ document: StateDocument) throws -> Data {
        let parts: [(path: String, data: Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)),
            ("_rels/.rels", Data(rootRelationships.utf8)),
            ("word/document.xml", Data(StateLayout(document: document).documentXML().utf8)),
            ("word/styles.xml", Data(WordStyles.xml.utf8)),
            ("word/settings.xml", Data(settings.utf8)),
            ("word/header1.xml", Data(pageNumberHeader.utf8)),
            ("word/_rels/document.xml.rels", Data(documentRelationships.utf8)),
            ("docProps/core.xml", Data(coreProperties(document).utf8)),
            ("docProps/app.xml", Data(appProperties(document).utf8)),
        ]
        return try ZipPackageWriter.archive(parts)
    }

    // MARK: Package parts

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let packageRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    private static let contentTypes =
        header
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordML).document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(wordML).styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(wordML).settings+xml\"/>"
        + "<Override PartName=\"/word/header1.xml\" ContentType=\"\(wordML).header+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>"

    private static let rootRelationships =
        header
        + "<Relationships xmlns=\"\(packageRelNS)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(WordML.relNS)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        + "Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(WordML.relNS)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    private static let documentRelationships =
        header
        + "<Relationships xmlns=\"\(packageRelNS)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(WordML.relNS)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(WordML.relNS)/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"\(StateLayout.pageHeaderRelationship)\" Type=\"\(WordML.relNS)/header\" Target=\"header1.xml\"/>"
        + "</Relationships>"

    /// Vietnamese conventions: a comma for decimals, a semicolon between list items in fields.
    private static let settings =
        header
        + "<w:settings xmlns:w=\"\(WordML.mainNS)\">"
        + "<w:zoom w:percent=\"100\"/>"
        + "<w:defaultTabStop w:val=\"720\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"vi-VN\"/>"
        + "<w:decimalSymbol w:val=\",\"/>"
        + "<w:listSeparator w:val=\";\"/>"
        + "</w:settings>"

    /// The page number, centred at the top (Decree 30: Arabic numerals, 13–14 pt, from page 2).
    private static let pageNumberHeader =
        header
        + "<w:hdr xmlns:w=\"\(WordML.mainNS)\" xmlns:r=\"\(WordML.relNS)\">"
        + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>2</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "</w:p></w:hdr>"

    /// Title, author and dates. The dates are the document's own (midnight UTC), never the clock,
    /// so the bytes do not change from one run to the next.
    private static func coreProperties(_ document: StateDocument) -> String {
        let title = [document.documentType, document.summary].compactMap { $0 }.map(oneLine)
            .filter { !$0.isEmpty }.joined(separator: " ")
        let stamp = document.date.iso + "T00:00:00Z"
        return header
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title>"
            + "<dc:subject>\(XMLText.escape(oneLine(document.number)))</dc:subject>"
            + "<dc:creator>\(XMLText.escape(oneLine(document.issuingBody)))</dc:creator>"
            + "<dc:language>vi-VN</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    private static func appProperties(_ document: StateDocument) -> String {
        header
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>thidua</Application>"
            + "<DocSecurity>0</DocSecurity>"
            + "<Company>\(XMLText.escape(oneLine(document.issuingBody)))</Company>"
            + "</Properties>"
    }

    /// NFC, whitespace collapsed: properties are single lines.
    private static func oneLine(_ text: String) -> String {
        VietnameseText.normalized(text)
    }
}
