import Foundation
import ZIPFoundation

/// The ZIP container of an Office file, read or written entirely in memory.
struct ZipPackageReader {
    /// Largest uncompressed size we accept for one entry (zip-bomb guard).
    static let maxEntrySize: UInt64 = 200 * 1024 * 1024

    private let archive: Archive
    /// Entries by normalised path: lower case (OPC part names are case-insensitive), no leading `/`.
    private let entries: [String: Entry]

    init(_ data: Data) throws {
        // Not `try?`: that picks ZIPFoundation's deprecated failable initialiser instead.
        let archive: Archive
        do {
            guard data.count >= 22 else { throw DocumentError.notAZip }
            archive = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            throw DocumentError.notAZip
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = ZipPackageReader.normalise(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
        self.archive = archive
        self.entries = entries
    }

    static func normalise(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/")
        while p.hasPrefix("/") { p.removeFirst() }
        return p.lowercased()
    }

    func contains(_ path: String) -> Bool {
        entries[ZipPackageReader.normalise(path)] != nil
    }

    /// The bytes of one part. Refuses an entry that claims, or turns out, to be larger than
    /// `limit`, without inflating more than that.
    func read(_ path: String, limit: UInt64 = ZipPackageReader.maxEntrySize) throws -> Data {
        guard let entry = entries[ZipPackageReader.normalise(path)] else {
            throw DocumentError.missingPart(path)
        }
        guard entry.uncompressedSize <= limit else { throw DocumentError.tooLarge }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                // The size in the header may lie: count what really comes out.
                guard UInt64(out.count + chunk.count) <= limit else { throw DocumentError.tooLarge }
                out.append(chunk)
            }
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError.malformed("không giải nén được phần \(path)")
        }
        guard checksum == entry.checksum else {
            throw DocumentError.malformed("phần \(path) sai mã kiểm tra CRC")
        }
        return out
    }
}

/// Writes parts into a new deflated ZIP archive in memory.
enum ZipPackageWriter {
    /// A fixed timestamp, so that the same tables always give the same bytes.
    private static let timestamp = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    static func archive(_ parts: [(path: String, data: Data)]) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                let bytes = part.data
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: timestamp, compressionMethod: .deflate) { position, size in
                    let start = bytes.startIndex + Int(position)
                    return bytes.subdata(in: start..<(start + size))
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
