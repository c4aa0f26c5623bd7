import Foundation

/// An XML part that `XMLGuard` has checked, in UTF-8: the only input `XMLHandler` parses.
struct CheckedXML {
    let part: String
    let utf8: Data
}

/// Checks an XML part as its bytes arrive (straight from the inflater), before any XML parser sees
/// them, so that a hostile part is refused after little more than a limit's worth of bytes, and
/// long before the slower parser or anything built from it:
///
/// - Encoding: UTF-8, or UTF-16 (either byte order, with or without BOM) which is converted here
///   to UTF-8, so that the checks below and libxml2 read the same characters. UTF-32, EBCDIC and a
///   declared encoding other than UTF-8/UTF-16 are refused (OPC allows only those two).
/// - DTD: a `<!` that does not open a comment or a CDATA section (`<!DOCTYPE`, `<!doctype`,
///   `<!ENTITY`…) is refused wherever it is, after comments, PIs or a BOM alike: with no DTD there
///   is no entity to expand or to load.
/// - Before the root element, only whitespace, processing instructions and comments.
/// - Runs: no text (whitespace between elements included), tag, comment, processing instruction or
///   CDATA section longer than `maxRunBytes`; no tag with more than `maxAttributes` attributes
///   (libxml2 2.9 looks for duplicate attributes in quadratic time).
/// - Counts: elements, and chosen elements (`c`, `row`, `si`) against limits of their own.
struct XMLGuard {
    /// What one kind of part may hold.
    struct Rules {
        var maxRunBytes: Int
        var maxElements: Int
        /// Elements counted against a limit of their own, by local name.
        var counted: [Counted] = []
        /// The first start tag with this local name is handed to a closure (the sheet's `<dimension>`).
        var inspected: Inspected?

        init(_ limits: SpreadsheetLimits, maxElements: Int? = nil) {
            maxRunBytes = limits.maxRunBytes
            self.maxElements = maxElements ?? limits.maxElements
        }
    }

    struct Counted {
        let name: [UInt8]
        let limit: Int
        let error: DocumentError

        init(_ name: String, limit: Int, error: DocumentError) {
            self.name = Array(name.utf8)
            self.limit = limit
            self.error = error
        }
    }

    struct Inspected {
        let name: [UInt8]
        /// Receives the tag's bytes after its name, e.g. ` ref="A1:J100"/`.
        let handler: ([UInt8]) throws -> Void

        init(_ name: String, handler: @escaping ([UInt8]) throws -> Void) {
            self.name = Array(name.utf8)
            self.handler = handler
        }
    }

    static let maxAttributes = 256

    let part: String
    private let rules: Rules
    private let maxRunBytes: Int
    /// Local names as `key`: their last 8 bytes, with their length (`dimension` fits well enough).
    private let countedKeys: [UInt64]
    private let countedLengths: [Int]
    private let inspectedKey: (key: UInt64, length: Int)?
    private var output = Data()

    private enum Encoding {
        case unknown, utf8
        case utf16(bigEndian: Bool)
    }
    private var encoding = Encoding.unknown
    private var head: [UInt8] = []  // the first bytes, until the encoding is known
    private var oddByte: UInt8?  // UTF-16: half a code unit left from the last chunk
    private var highSurrogate: UInt32?
    private var converted: [UInt8] = []  // UTF-16: the chunk in UTF-8

    private enum State { case text, open, name, tag, value, endTag, bang, comment, cdata, piTarget, pi }
    private var state = State.text
    private var run = 0  // bytes of the current text or markup
    private var scanned = 0  // UTF-8 bytes checked before the current chunk
    private var rootSeen = false
    private var elements = 0
    private var counts: [Int]
    private var nameKey: UInt64 = 0  // of the start tag being read, after any prefix
    private var nameLength = 0
    private var attributes = 0
    private var quote: UInt8 = 0
    private var bang: [UInt8] = []  // what follows `<!`, until it is known
    private var last2: (UInt8, UInt8) = (0, 0)  // the last two bytes of a comment, CDATA or PI
    private var piTarget: [UInt8] = []
    private var piStart = 0
    private var declaration: [UInt8]?  // the content of an `<?xml …?>` being read
    private var declarationEnd: Int?  // where an XML declaration at the very start ends
    private var captured: [UInt8]?  // the inspected tag being read
    private var inspectedDone = false

    init(part: String, rules: Rules, capacity: Int = 0) {
        self.part = part
        self.rules = rules
        maxRunBytes = rules.maxRunBytes
        countedKeys = rules.counted.map { XMLGuard.key($0.name) }
        countedLengths = rules.counted.map(\.name.count)
        inspectedKey = rules.inspected.map { (XMLGuard.key($0.name), $0.name.count) }
        counts = Array(repeating: 0, count: rules.counted.count)
        output.reserveCapacity(capacity)
    }

    private static func key(_ name: [UInt8]) -> UInt64 {
        name.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Checks the next bytes of the part.
    mutating func feed(_ chunk: Data) throws {
        guard !chunk.isEmpty else { return }
        if case .unknown = encoding {
            head.append(contentsOf: chunk)
            guard head.count >= 4 else { return }
            try startDecoding()
            return
        }
        try chunk.withUnsafeBytes { try decode($0) }
    }

    /// The whole part, checked, in UTF-8.
    mutating func finish() throws -> CheckedXML {
        if case .unknown = encoding { try startDecoding() }
        if case .utf16 = encoding {
            guard oddByte == nil, highSurrogate == nil else { throw invalidUTF16 }
            // The declaration names UTF-16, which the bytes no longer are.
            if let end = declarationEnd { output.removeSubrange(0..<end) }
        }
        return CheckedXML(part: part, utf8: output)
    }

    // MARK: Encoding

    private mutating func startDecoding() throws {
        let bytes = head
        head = []
        let bom: Int
        (encoding, bom) = try XMLGuard.detect(bytes, part: part)
        try bytes.withUnsafeBytes { try decode(UnsafeRawBufferPointer(rebasing: $0[bom...])) }
    }

    /// The encoding from the first bytes (XML 1.0 appendix F) and the length of the BOM.
    private static func detect(_ b: [UInt8], part: String) throws -> (Encoding, Int) {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw DocumentError.unsupportedEncoding(part: part, encoding: "UTF-32")
        }
        if b.starts(with: [0xFE, 0xFF]) { return (.utf16(bigEndian: true), 2) }
        if b.starts(with: [0xFF, 0xFE]) { return (.utf16(bigEndian: false), 2) }
        if b.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) {
            throw DocumentError.unsupportedEncoding(part: part, encoding: "EBCDIC")
        }
        // Without a BOM, markup in UTF-16 has a zero byte beside every ASCII character.
        if b.count >= 4 {
            if b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0 { return (.utf16(bigEndian: true), 0) }
            if b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0 { return (.utf16(bigEndian: false), 0) }
        }
        if b.prefix(4).contains(0) {
            let zeros = b.prefix(4).filter { $0 == 0 }.count
            throw DocumentError.unsupportedEncoding(part: part, encoding: zeros == 3 ? "UTF-32" : "không xác định")
        }
        return (.utf8, 0)
    }

    private mutating func decode(_ raw: UnsafeRawBufferPointer) throws {
        guard raw.count > 0 else { return }
        let bytes = raw.bindMemory(to: UInt8.self)
        switch encoding {
        case .utf16(let bigEndian):
            converted.removeAll(keepingCapacity: true)
            var i = 0
            if let first = oddByte {
                oddByte = nil
                try append(
                    unit: bigEndian ? UInt32(first) << 8 | UInt32(bytes[0]) : UInt32(bytes[0]) << 8 | UInt32(first))
                i = 1
            }
            while i + 1 < bytes.count {
                let (a, b) = (UInt32(bytes[i]), UInt32(bytes[i + 1]))
                try append(unit: bigEndian ? a << 8 | b : b << 8 | a)
                i += 2
            }
            if i < bytes.count { oddByte = bytes[i] }
            try converted.withUnsafeBufferPointer { try scan($0) }
            output.append(contentsOf: converted)
        default:
            try scan(bytes)
            output.append(bytes)
        }
    }

    private mutating func append(unit: UInt32) throws {
        var scalar = unit
        if let high = highSurrogate {
            guard (0xDC00...0xDFFF).contains(unit) else { throw invalidUTF16 }
            highSurrogate = nil
            scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
        } else if (0xD800...0xDBFF).contains(unit) {
            highSurrogate = unit
            return
        }
        guard scalar != 0, let s = Unicode.Scalar(scalar) else { throw invalidUTF16 }
        converted.append(contentsOf: UTF8.encode(s)!)
    }

    private var invalidUTF16: DocumentError {
        .malformed("phần \(part) có ký tự UTF-16 không hợp lệ")
    }

    // MARK: Markup

    private static let gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), question = UInt8(ascii: "?")
    private static let hyphen = UInt8(ascii: "-"), bracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    private static let equals = UInt8(ascii: "=")
    private static let cdataOpening = Array("[CDATA[".utf8)

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>) throws {
        guard let base = p.baseAddress else { return }
        let n = p.count
        var i = 0
        // Each state skips as far as it can at once, then counts what it skipped in `run`. Bytes
        // are literals here: in a debug build a static constant is a function call.
        while i < n {
            let from = i
            switch state {
            case .text:
                var j = n
                if rootSeen {
                    if let hit = memchr(base + i, 0x3C, n - i) { j = XMLGuard.index(of: hit, in: base) }
                } else {
                    j = i
                    while j < n && base[j] != 0x3C {
                        guard XMLGuard.isSpace(base[j]) else {
                            throw DocumentError.malformed("phần \(part) có chữ trước phần tử gốc")
                        }
                        j += 1
                    }
                }
                try count(j - i)
                i = j
                if i < n {  // `<`
                    state = .open
                    run = 0
                    try count(1)
                    i += 1
                }
            case .open:
                let b = base[i]
                i += 1
                try count(1)
                switch b {
                case 0x2F: state = .endTag  // </
                case 0x21:
                    state = .bang
                    bang.removeAll()  // <!
                case 0x3F:
                    state = .piTarget
                    piTarget.removeAll()
                    piStart = scanned + from - 1
                default:
                    elements += 1
                    guard elements <= rules.maxElements else {
                        throw DocumentError.tooManyElements(part: part, limit: rules.maxElements)
                    }
                    rootSeen = true
                    attributes = 0
                    nameKey = UInt64(b)
                    nameLength = 1
                    state = .name
                }
            case .name:
                while i < n {
                    let b = base[i]
                    // whitespace, "/" or ">" ends the name
                    if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x2F || b == 0x3E { break }
                    i += 1
                    if b == 0x3A {  // a prefix ends
                        nameKey = 0
                        nameLength = 0
                    } else {
                        nameKey = nameKey << 8 | UInt64(b)
                        nameLength += 1
                    }
                }
                try count(i - from)
                if i < n {
                    try endOfName()
                    state = .tag  // which reads the byte that ended the name
                }
            case .tag:
                var closed = false
                let capturing = captured != nil
                while i < n {
                    let b = base[i]
                    i += 1
                    if capturing && captured!.count < 4_096 { captured!.append(b) }
                    if b == 0x3E {  // >
                        closed = true
                        break
                    } else if b == 0x22 || b == 0x27 {  // " '
                        quote = b
                        state = .value
                        break
                    } else if b == 0x3D {  // =
                        attributes += 1
                        guard attributes <= XMLGuard.maxAttributes else {
                            throw DocumentError.malformed(
                                "phần \(part) có thẻ với hơn \(XMLGuard.maxAttributes) thuộc tính")
                        }
                    }
                }
                try count(i - from)
                if closed { try endOfStartTag() }
            case .value:
                var j = n
                if let hit = memchr(base + i, Int32(quote), n - i) { j = XMLGuard.index(of: hit, in: base) + 1 }
                if captured != nil && captured!.count < 4_096 { captured!.append(contentsOf: p[i..<min(j, i + 4_096)]) }
                try count(j - i)
                i = j
                if base[j - 1] == quote { state = .tag }
            case .endTag:
                var j = n
                if let hit = memchr(base + i, 0x3E, n - i) { j = XMLGuard.index(of: hit, in: base) + 1 }
                try count(j - i)
                i = j
                if base[j - 1] == 0x3E { enterText() }
            default:
                try count(1)
                try markup(base[i], at: scanned + i)
                i += 1
            }
        }
        scanned += n
    }

    /// Adds `bytes` to the current run, which may not pass `maxRunBytes`.
    private mutating func count(_ bytes: Int) throws {
        run += bytes
        guard run <= maxRunBytes else { throw DocumentError.overlongRun(part: part, limitBytes: maxRunBytes) }
    }

    private static func index(of hit: UnsafeMutableRawPointer, in base: UnsafePointer<UInt8>) -> Int {
        UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// One byte of the rarer markup: after `<!`, comments, CDATA, processing instructions.
    private mutating func markup(_ b: UInt8, at offset: Int) throws {
        switch state {
        case .bang:
            bang.append(b)
            if bang[0] == XMLGuard.hyphen {
                guard bang.count == 2 else { return }
                guard bang[1] == XMLGuard.hyphen else {
                    throw DocumentError.malformed("phần \(part) có “<!-” không phải chú thích")
                }
                state = .comment
                last2 = (0, 0)
            } else if bang[0] == XMLGuard.bracket {
                guard XMLGuard.cdataOpening.starts(with: bang) else {
                    throw DocumentError.malformed("phần \(part) có “<![” không phải CDATA")
                }
                guard bang.count == XMLGuard.cdataOpening.count else { return }
                guard rootSeen else { throw DocumentError.malformed("phần \(part) có CDATA trước phần tử gốc") }
                state = .cdata
                last2 = (0, 0)
            } else {
                // <!DOCTYPE, <!doctype, <!ENTITY, <!ELEMENT…: a DTD, whatever the case.
                throw DocumentError.doctype(part: part)
            }
        case .comment:
            if b == XMLGuard.gt && last2 == (XMLGuard.hyphen, XMLGuard.hyphen) {
                enterText()
            } else {
                last2 = (last2.1, b)
            }
        case .cdata:
            if b == XMLGuard.gt && last2 == (XMLGuard.closeBracket, XMLGuard.closeBracket) {
                enterText()
            } else {
                last2 = (last2.1, b)
            }
        case .piTarget:
            if XMLGuard.isSpace(b) || b == XMLGuard.question {
                if piTarget.map({ $0 | 0x20 }) == Array("xml".utf8) { declaration = [] }
                state = .pi
                last2 = (0, b)
            } else if piTarget.count <= 16 {
                piTarget.append(b)
            }
        case .pi:
            if b == XMLGuard.gt && last2.1 == XMLGuard.question {
                if let content = declaration {
                    try checkDeclaration(content)
                    if piStart == 0 { declarationEnd = offset + 1 }
                    declaration = nil
                }
                enterText()
            } else {
                if declaration != nil {
                    guard declaration!.count < 1_024 else {
                        throw DocumentError.malformed("phần \(part) có khai báo XML quá dài")
                    }
                    declaration!.append(b)
                }
                last2 = (last2.1, b)
            }
        default:
            break
        }
    }

    private mutating func endOfName() throws {
        for k in countedKeys.indices where countedKeys[k] == nameKey && countedLengths[k] == nameLength {
            counts[k] += 1
            guard counts[k] <= rules.counted[k].limit else { throw rules.counted[k].error }
        }
        if let inspected = inspectedKey, !inspectedDone, inspected.key == nameKey, inspected.length == nameLength {
            captured = []
        }
    }

    private mutating func enterText() {
        state = .text
        run = 0
    }

    private mutating func endOfStartTag() throws {
        enterText()
        if let tag = captured, let inspected = rules.inspected {
            captured = nil
            inspectedDone = true
            try inspected.handler(tag)
        }
    }

    /// Only UTF-8, or UTF-16 when the bytes are UTF-16, may be declared.
    private func checkDeclaration(_ content: [UInt8]) throws {
        guard let declared = XMLGuard.attribute("encoding", in: content) else { return }
        let name = declared.lowercased()
        let utf16 = ["utf-16", "utf16", "utf-16le", "utf-16be"].contains(name)
        let utf8 = ["utf-8", "utf8"].contains(name)
        guard utf8 || utf16 else { throw DocumentError.unsupportedEncoding(part: part, encoding: declared) }
        if case .utf16 = encoding, !utf16 {
            throw DocumentError.malformed("phần \(part) khai báo bảng mã \(declared) nhưng được viết bằng UTF-16")
        }
        if case .utf8 = encoding, !utf8 {
            throw DocumentError.malformed("phần \(part) khai báo bảng mã \(declared) nhưng được viết bằng UTF-8")
        }
    }

    /// The value of attribute `name` in the bytes of a tag after its name (` a="1" b='2'/`).
    static func attribute(_ name: String, in bytes: [UInt8]) -> String? {
        let key = Array(name.utf8)
        let n = bytes.count
        var i = 0
        func skipSpace() { while i < n && (isSpace(bytes[i]) || bytes[i] == slash || bytes[i] == question) { i += 1 } }
        while true {
            skipSpace()
            guard i < n else { return nil }
            let start = i
            while i < n && !isSpace(bytes[i]) && bytes[i] != equals && bytes[i] != slash && bytes[i] != question {
                i += 1
            }
            let attribute = bytes[start..<i]
            skipSpace()
            guard i < n, bytes[i] == equals else { continue }
            i += 1
            skipSpace()
            guard i < n, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return nil }
            let q = bytes[i]
            i += 1
            let valueStart = i
            while i < n && bytes[i] != q { i += 1 }
            guard i < n else { return nil }
            let value = bytes[valueStart..<i]
            i += 1
            if attribute.elementsEqual(key) { return String(decoding: value, as: UTF8.self) }
        }
    }
}
