import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A SAX handler with element names stripped of their namespace prefix (`x:c` → `c`), so that
/// prefixed SpreadsheetML parses like the usual default-namespace kind. Subclasses override the
/// three hooks and may call `fail(_:)` (or throw) to stop with a `DocumentError`.
///
/// It parses only what `XMLGuard` has checked: UTF-8 with no DTD, no runaway runs or counts.
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
    func text(_ string: String) throws {}

    /// Runs the handler over a checked part.
    func run(_ xml: CheckedXML) throws {
        // A stream, not `XMLParser(data:)`: given the data whole, libxml2 fails any part over
        // 10 000 000 bytes ("huge input lookup", error 1), and big Excel sheets are larger.
        let parser = XMLParser(stream: DataStream(xml.utf8))
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        // Belt and braces: the guard lets no DTD through, and no entity is ever loaded.
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.delegate = self
        self.parser = parser
        self.part = xml.part
        let part = xml.part
        let ok = parser.parse()
        if let failure { throw failure }
        if !ok || parser.parserError != nil {
            let detail =
                parser.parserError.map { error in
                    "mã lỗi \((error as NSError).code), dòng \(parser.lineNumber), cột \(parser.columnNumber)"
                } ?? "không rõ lỗi"
            throw DocumentError.malformed("XML của phần \(part) không hợp lệ: \(detail)")
        }
        guard sawRoot else { throw DocumentError.malformed("phần \(part) không có nội dung XML") }
        if let unclosed = open.last {
            throw DocumentError.malformed("XML của phần \(part) bị cắt ngang: thẻ <\(unclosed)> chưa đóng")
        }
    }

    /// Checks `data`, a part of the package named `part`, with `rules`, then runs the handler over it.
    func run(_ data: Data, part: String, rules: XMLGuard.Rules = XMLGuard.Rules(.default)) throws {
        var checker = XMLGuard(part: part, rules: rules)
        try checker.feed(data)
        try run(try checker.finish())
    }

    func fail(_ error: DocumentError) {
        if failure == nil { failure = error }
        parser?.abortParsing()
    }

    private static func localName(_ qualified: String) -> String {
        // Bytes, not Characters: this runs for every element of a sheet.
        let utf8 = qualified.utf8
        guard let colon = utf8.lastIndex(of: UInt8(ascii: ":")) else { return qualified }
        return String(qualified[utf8.index(after: colon)...])
    }

    // MARK: XMLParserDelegate

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
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

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        guard failure == nil else { return }
        guard open.popLast() == elementName else {
            return fail(
                .malformed("XML của phần \(part) có thẻ đóng </\(elementName)> không khớp, dòng \(parser.lineNumber)"))
        }
        do { try end(XMLHandler.localName(elementName)) } catch let e as DocumentError {
            fail(e)
        } catch { fail(.malformed(String(describing: error))) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        do { try text(string) } catch let e as DocumentError {
            fail(e)
        } catch { fail(.malformed(String(describing: error))) }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        let code = (parseError as NSError).code
        fail(
            .malformed(
                "XML của phần \(part) không hợp lệ (mã lỗi \(code)), dòng \(parser.lineNumber), cột \(parser.columnNumber)"
            ))
    }

    // Never reached: `XMLGuard` refuses any DTD first (and Linux's XMLParser does not report these).
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(.doctype(part: part))
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String,
        publicID: String?, systemID: String?
    ) {
        fail(.doctype(part: part))
    }
}

/// The bytes of a part as the parser pulls them. `InputStream(data:)` would first copy them
/// (bridged to `NSData` on Linux): for a sheet of 200 MB, 200 MB more.
private final class DataStream: InputStream {
    private let data: Data
    private var position = 0

    init(_ data: Data) {
        self.data = data
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { position < data.count }
    override var streamStatus: Stream.Status { hasBytesAvailable ? .open : .atEnd }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        let count = min(length, data.count - position)
        guard count > 0 else { return 0 }
        let start = data.startIndex + position
        data.copyBytes(to: buffer, from: start..<(start + count))
        position += count
        return count
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

    /// Elements a short part may have: Excel's own maximum of 64 000 cell formats, each with its
    /// alignment and protection, fits; a tree of millions of nodes would not fit in memory.
    static let maxElements = 250_000

    /// What `parse` accepts.
    static func rules(_ limits: SpreadsheetLimits) -> XMLGuard.Rules {
        XMLGuard.Rules(limits, maxElements: min(limits.maxElements, maxElements))
    }

    static func parse(_ xml: CheckedXML) throws -> XNode {
        let builder = TreeBuilder()
        try builder.run(xml)
        guard let root = builder.root else {
            throw DocumentError.malformed("phần \(xml.part) rỗng")
        }
        return root
    }

    static func parse(_ data: Data, part: String) throws -> XNode {
        var checker = XMLGuard(part: part, rules: rules(.default))
        try checker.feed(data)
        return try parse(try checker.finish())
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
