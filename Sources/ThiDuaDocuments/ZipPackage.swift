import Foundation
import ZIPFoundation

/// The ZIP container of an Office file, read entirely in memory.
struct ZipPackageReader {
    private let archive: Archive
    /// Entries by normalised path: lower case (OPC part names are case-insensitive), no leading `/`.
    private let entries: [String: Entry]
    private let limits: SpreadsheetLimits
    private let inflated = Counter()

    /// Uncompressed bytes of the XML parts read so far, with the chunk that went over a limit.
    var inflatedBytes: Int { inflated.bytes }

    private final class Counter { var bytes = 0 }

    init(_ data: Data, limits: SpreadsheetLimits = .default) throws {
        // Not `try?`: that picks ZIPFoundation's deprecated failable initialiser instead.
        let archive: Archive
        do {
            guard data.count >= 22 else { throw DocumentError.notAZip }
            archive = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            throw DocumentError.notAZip
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            // A small archive can list hundreds of thousands of empty entries.
            count += 1
            guard count <= limits.maxParts else { throw DocumentError.tooManyParts(limit: limits.maxParts) }
            guard entry.type == .file else { continue }
            let key = ZipPackageReader.normalise(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    static func normalise(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/")
        while p.hasPrefix("/") { p.removeFirst() }
        return p.lowercased()
    }

    func contains(_ path: String) -> Bool {
        entries[ZipPackageReader.normalise(path)] != nil
    }

    /// One XML part, inflated under running limits (`maxPartBytes` for the part, `maxTotalBytes`
    /// for all the parts read) and checked by an `XMLGuard` chunk by chunk as it inflates, so a
    /// bomb stops as soon as it passes a limit, without holding more than that.
    func xml(_ path: String, rules: XMLGuard.Rules) throws -> CheckedXML {
        let entry = try self.entry(path)
        let partLimit = limits.maxPartBytes
        let totalLimit = limits.maxTotalBytes
        // The sizes in the header may lie, so they only refuse early; what inflates is counted.
        guard entry.uncompressedSize <= UInt64(partLimit) else {
            throw DocumentError.partTooLarge(part: path, limitBytes: partLimit)
        }
        guard inflated.bytes + Int(entry.uncompressedSize) <= totalLimit else {
            throw DocumentError.uncompressedTooLarge(limitBytes: totalLimit)
        }
        var checker = XMLGuard(part: path, rules: rules, capacity: Int(entry.uncompressedSize))
        var size = 0
        try extract(entry, path: path) { chunk in
            size += chunk.count
            inflated.bytes += chunk.count
            guard size <= partLimit else { throw DocumentError.partTooLarge(part: path, limitBytes: partLimit) }
            guard inflated.bytes <= totalLimit else { throw DocumentError.uncompressedTooLarge(limitBytes: totalLimit) }
            try checker.feed(chunk)
        }
        return try checker.finish()
    }

    /// The raw bytes of one part, refused when it claims, or turns out, to be larger than `limit`.
    func read(_ path: String, limit: Int = SpreadsheetLimits.default.maxPartBytes) throws -> Data {
        let entry = try self.entry(path)
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw DocumentError.partTooLarge(part: path, limitBytes: limit)
        }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        try extract(entry, path: path) { chunk in
            guard out.count + chunk.count <= limit else {
                throw DocumentError.partTooLarge(part: path, limitBytes: limit)
            }
            out.append(chunk)
        }
        return out
    }

    private func entry(_ path: String) throws -> Entry {
        guard let entry = entries[ZipPackageReader.normalise(path)] else {
            throw DocumentError.missingPart(path)
        }
        return entry
    }

    private func extract(_ entry: Entry, path: String, into consume: (Data) throws -> Void) throws {
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false, consumer: consume)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.malformed("không giải nén được phần \(path)")
        }
        guard checksum == entry.checksum else {
            throw DocumentError.malformed("phần \(path) sai mã kiểm tra CRC")
        }
    }
}

/// Writes parts into a new deflated ZIP archive in memory.
enum ZipPackageWriter {
    /// A fixed timestamp, so that the same tables always give the same bytes.
    private static let timestamp = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    /// A part given by its size and a closure that returns `count` of its bytes from `position`,
    /// so that a large part is never held whole in memory.
    struct StreamedPart {
        let path: String
        let size: Int
        let bytes: (_ position: Int, _ count: Int) -> Data
    }

    static func archive(_ parts: [(path: String, data: Data)]) throws -> Data {
        try archive(
            parts.map { part in
                let bytes = part.data
                return StreamedPart(path: part.path, size: bytes.count) { position, count in
                    let start = bytes.startIndex + position
                    return bytes.subdata(in: start..<(start + count))
                }
            })
    }

    static func archive(_ parts: [StreamedPart]) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(part.size),
                    modificationDate: timestamp, compressionMethod: .deflate
                ) { position, size in
                    part.bytes(Int(position), size)
                }
            }
            guard let data = archive.data else {
                throw DocumentError.malformed("không tạo được tệp nén trong bộ nhớ")
            }
            return data
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.malformed("không tạo được tệp nén: \(error)")
        }
    }
}
