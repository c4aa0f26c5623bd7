import Foundation

@testable import ThiDuaDocuments

/// `prefix`, then `unit` repeated `count` times, then `suffix`: a part far larger than a test should
/// hold in memory, produced piece by piece as `ZipPackageWriter` deflates it.
struct RepeatedPart {
    let path: String
    let prefix: [UInt8]
    let unit: [UInt8]
    let count: Int
    let suffix: [UInt8]
    /// `unit` repeated to over 64 KiB, so that a chunk of the body is one copy.
    private let tile: [UInt8]

    init(_ path: String, _ prefix: String, _ unit: String, count: Int, _ suffix: String) {
        self.path = path
        self.prefix = Array(prefix.utf8)
        self.unit = Array(unit.utf8)
        self.count = count
        self.suffix = Array(suffix.utf8)
        tile = Array(repeating: self.unit, count: 65_536 / max(self.unit.count, 1) + 2).flatMap { $0 }
    }

    var size: Int { prefix.count + unit.count * count + suffix.count }

    /// Where the `k`-th unit (1-based) ends.
    func end(ofUnit k: Int) -> Int { prefix.count + unit.count * k }

    func bytes(at position: Int, count n: Int) -> Data {
        var out = Data(capacity: n)
        var p = position
        let end = position + n
        let bodyEnd = prefix.count + unit.count * count
        while p < end {
            if p < prefix.count {
                let stop = min(end, prefix.count)
                out.append(contentsOf: prefix[p..<stop])
                p = stop
            } else if p < bodyEnd {
                let k = (p - prefix.count) % unit.count
                let length = min(end, bodyEnd) - p
                let stop = min(tile.count, k + length)
                out.append(contentsOf: tile[k..<stop])
                p += stop - k
            } else {
                let q = p - bodyEnd
                let stop = min(suffix.count, q + end - p)
                out.append(contentsOf: suffix[q..<stop])
                p += stop - q
            }
        }
        return out
    }

    var streamed: ZipPackageWriter.StreamedPart {
        ZipPackageWriter.StreamedPart(path: path, size: size) { bytes(at: $0, count: $1) }
    }
}

/// Files built the way an attacker would, small to upload and huge once read.
enum HostileFiles {
    static let sheetPath = "xl/worksheets/sheet1.xml"
    static let sharedStringsPath = "xl/sharedStrings.xml"
    static let worksheetOpening = "<worksheet xmlns=\"\(HandMade.main)\"><sheetData>"
    static let worksheetClosing = "</sheetData></worksheet>"

    /// The parts besides the sheet (and the shared strings), read before it.
    static let smallParts = parts(sharedStrings: false)

    static func parts(sharedStrings: Bool) -> [(path: String, data: Data)] {
        [
            (
                "[Content_Types].xml",
                Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)
            ),
            ("_rels/.rels", Data(HandMade.rootRels.utf8)),
            (
                "xl/workbook.xml",
                Data(
                    """
                    <workbook xmlns="\(HandMade.main)" xmlns:r="\(HandMade.rel)"><sheets>\
                    <sheet name="Trang 1" sheetId="1" r:id="rId1"/></sheets></workbook>
                    """.utf8)
            ),
            (
                "xl/_rels/workbook.xml.rels",
                Data(
                    """
                    <Relationships xmlns="\(HandMade.pkg)">\
                    <Relationship Id="rId1" Type="\(HandMade.rel)/worksheet" Target="worksheets/sheet1.xml"/>\
                    \(sharedStrings ? "<Relationship Id=\"rId2\" Type=\"\(HandMade.rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")\
                    </Relationships>
                    """.utf8)
            ),
        ]
    }

    /// What the reader inflates before the sheet: every small part but the content types.
    static let bytesBeforeTheSheet = smallParts.filter { $0.path != "[Content_Types].xml" }.map(\.data.count).reduce(
        0, +)

    /// A chunk of ZIPFoundation's inflater: a reader that stops at a limit inflates at most this much more.
    static let chunk = 16 * 1_024

    /// A workbook whose one sheet is `sheet`, with shared strings if given.
    static func workbook(sheet: RepeatedPart, sharedStrings: RepeatedPart? = nil) throws -> Data {
        var parts = HostileFiles.parts(sharedStrings: sharedStrings != nil).map { part in
            ZipPackageWriter.StreamedPart(path: part.path, size: part.data.count) { position, count in
                part.data.subdata(in: position..<(position + count))
            }
        }
        if let sharedStrings { parts.append(sharedStrings.streamed) }
        parts.append(sheet.streamed)
        return try ZipPackageWriter.archive(parts)
    }

    /// A sheet of `count` times `unit` inside `<sheetData>`.
    static func sheet(_ unit: String, count: Int, before: String = "", after: String = "") -> RepeatedPart {
        RepeatedPart(sheetPath, worksheetOpening + before, unit, count: count, after + worksheetClosing)
    }

    /// The error reading the first sheet of `data` with `limits` (nil if none), and how many bytes
    /// were inflated until then.
    static func refusal(_ data: Data, limits: SpreadsheetLimits = .default) throws -> (
        error: DocumentError?, inflated: Int
    ) {
        let zip = try ZipPackageReader(data, limits: limits)
        do {
            _ = try XLSXReader.tables(in: zip, limits: limits, firstOnly: true)
            return (nil, zip.inflatedBytes)
        } catch let error as DocumentError {
            return (error, zip.inflatedBytes)
        }
    }
}
