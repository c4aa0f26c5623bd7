import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX handler with element names stripped of their namespace prefix (`x:c` → `c`), so that
/// prefixed SpreadsheetML parses like the usual default-namespace kind. Subclasses override the
/// three hooks and may call `fail(_:)` to stop with a `DocumentError`.
///
/// FoundationXML on Linux is lenient: `parse()` returns true for a mismatched end tag or a
/// document cut short (the error only goes to the delegate), and for a tiny document such as
/// `<a>` it reports neither an error nor an element. So this handler fails on any reported error
/// and checks itself that there is one root and that tags balance.
class XMLHandler: NSObject, XMLParserDelegate {
    private(set) var failure: DocumentError?
    private weak var parser: XMLParser?
    private var part = ""
    private var open: [String] = []
    private var sawRoot = false

    func start(_ name: String, _ attributes: [String: String]) throws {}
    func end(_ name: String) throws {}
    func text(_ string: String) {}

    /// Runs the handler over `data`, a part of the package named `part` (for error messages).
    func run(_ data: Data, part: String) throws {
        try XMLHandler.rejectDoctype(data, part: part)
        // A stream, not `XMLParser(data:)`: given the data whole, libxml2 fails any part over
        // 10 000 000 bytes ("huge input lookup", error 1), and big Excel sheets are larger.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        self.parser = parser
        self.part = part
        let ok = parser.parse()
        if let failure { throw failure }
        if !ok || parser.parserError != nil {
            let detail = parser.parserError.map { error in
                "mã lỗi \((error as NSError).code), dòng \(parser.lineNumber), cột \(parser.columnNumber)"
            } ?? "không rõ lỗi"
            throw DocumentError.malformed("XML của phần \(part) không hợp lệ: \(detail)")
        }
        guard sawRoot else { throw DocumentError.malformed("phần \(part) không có nội dung XML") }
        if let unclosed = open.last {
            throw DocumentError.malformed("XML của phần \(part) bị cắt ngang: thẻ <\(unclosed)> chưa đóng")
        }
    }

    func fail(_ error: DocumentError) {
        if failure == nil { failure = error }
        parser?.abortParsing()
    }

    private static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    // MARK: XMLParserDelegate

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard failure == nil else { return }
        if open.isEmpty && sawRoot {
            return fail(.malformed("XML của phần \(part) có nội dung sau phần tử gốc"))
        }
        sawRoot = true
        open.append(elementName)
        do { try start(XMLHandler.localName(elementName), attributeDict) } catch let e as DocumentError {
            fail(e)
        } catch { fail(.malformed(String(describing: error))) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard failure == nil else { return }
        guard open.popLast() == elementName else {
            return fail(.malformed("XML của phần \(part) có thẻ đóng </\(elementName)> không khớp, dòng \(parser.lineNumber)"))
        }
        do { try end(XMLHandler.localName(elementName)) } catch let e as DocumentError {
            fail(e)
        } catch { fail(.malformed(String(describing: error))) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        let code = (parseError as NSError).code
        fail(.malformed("XML của phần \(part) không hợp lệ (mã lỗi \(code)), dòng \(parser.lineNumber), cột \(parser.columnNumber)"))
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(.malformed("phần có khai báo DTD/entity, không được phép trong tệp Office"))
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String,
                publicID: String?, systemID: String?) {
        fail(.malformed("phần có khai báo DTD/entity, không được phép trong tệp Office"))
    }

    /// Office parts never carry a DOCTYPE; refusing it up front rules out entity-expansion attacks.
    /// Looks only at the prolog (before the first element) of UTF-8 text.
    static func rejectDoctype(_ data: Data, part: String) throws {
        let bytes = [UInt8](data.prefix(64 * 1024))
        let doctype = Array("<!DOCTYPE".utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if next == UInt8(ascii: "?") || (next == UInt8(ascii: "!") && bytes[i...].starts(with: Array("<!--".utf8))) {
                i += 2
                continue
            }
            if next == UInt8(ascii: "!") {
                let candidate = bytes[i..<min(bytes.count, i + doctype.count)].map { $0 & 0xDF }
                if candidate == doctype.map({ $0 & 0xDF }) {
                    throw DocumentError.malformed("phần \(part) có khai báo DOCTYPE, không được phép trong tệp Office")
                }
            }
            return  // the root element has started
        }
    }
}

/// A small element tree, for the short parts (workbook, relationships, styles).
final class XNode {
    let name: String
    let attributes: [String: String]
    var children: [XNode] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// An attribute in some namespace, whatever its prefix: `namespaced("id")` finds `r:id`.
    func namespaced(_ local: String) -> String? {
        attributes.first { $0.key.hasSuffix(":" + local) && !$0.key.hasPrefix("xmlns") }?.value
    }

    func child(_ name: String) -> XNode? { children.first { $0.name == name } }
    func children(_ name: String) -> [XNode] { children.filter { $0.name == name } }

    static func parse(_ data: Data, part: String) throws -> XNode {
        let builder = TreeBuilder()
        try builder.run(data, part: part)
        guard let root = builder.root else {
            throw DocumentError.malformed("phần \(part) rỗng")
        }
        return root
    }
}

private final class TreeBuilder: XMLHandler {
    var root: XNode?
    private var stack: [XNode] = []

    override func start(_ name: String, _ attributes: [String: String]) throws {
        let node = XNode(name: name, attributes: attributes)
        if let parent = stack.last { parent.children.append(node) } else { root = node }
        stack.append(node)
    }

    override func end(_ name: String) throws {
        _ = stack.popLast()
    }
}
