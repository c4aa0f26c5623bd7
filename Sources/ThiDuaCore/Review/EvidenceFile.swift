import Foundation

/// A file of evidence (minh chứng), stored once by its SHA-256 in the database, where every server instance reads it.
public struct EvidenceFile: Hashable, Sendable {
    public var sha256: String
    public var kind: EvidenceKind
    public var data: Data

    public init(sha256: String, kind: EvidenceKind, data: Data) {
        self.sha256 = sha256
        self.kind = kind
        self.data = data
    }

    /// 10 MiB: a scanned report of a few dozen pages.
    public static let maxBytes = 10 * 1024 * 1024
    /// Files on one criterion of one assessment.
    public static let maxPerLine = 10

    /// Checks the type by the file's first bytes (never by its name alone) and the size; the Vietnamese reason if
    /// refused.
    public static func accept(_ data: Data, filename: String) throws -> EvidenceFile {
        guard !data.isEmpty else { throw DomainError.invalid([FieldError("file", "Tệp minh chứng rỗng.")]) }
        guard data.count <= maxBytes else {
            throw DomainError.invalid([
                FieldError("file", "Tệp minh chứng lớn quá 10 MB (tệp “\(filename)” có \(data.count / 1_048_576) MB).")
            ])
        }
        guard let kind = EvidenceKind.detect(data, filename: filename) else {
            throw DomainError.invalid([
                FieldError("file", "Tệp “\(filename)” không phải PDF, Word (.docx), Excel (.xlsx), JPG hay PNG.")
            ])
        }
        return EvidenceFile(sha256: SHA256Hash.hex(data), kind: kind, data: data)
    }
}

/// The accepted types of evidence.
public enum EvidenceKind: String, Hashable, Sendable, Codable, CaseIterable {
    case pdf, docx, xlsx, jpg, png

    public var mediaType: String {
        switch self {
        case .pdf: return "application/pdf"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .jpg: return "image/jpeg"
        case .png: return "image/png"
        }
    }

    /// The type the content shows; an Office file must also carry its part (word/… or xl/…) inside the zip.
    public static func detect(_ data: Data, filename: String) -> EvidenceKind? {
        let head = [UInt8](data.prefix(8))
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        guard starts([0x50, 0x4B, 0x03, 0x04]) else { return nil }
        let name = filename.lowercased()
        if name.hasSuffix(".docx"), data.range(of: Data("word/".utf8)) != nil { return .docx }
        if name.hasSuffix(".xlsx"), data.range(of: Data("xl/".utf8)) != nil { return .xlsx }
        return nil
    }
}

/// An assessment's pointer to a stored file.
public struct EvidenceRef: Hashable, Sendable, Codable {
    public var sha256: String
    public var filename: String
    public var kind: EvidenceKind
    public var size: Int

    public init(sha256: String, filename: String, kind: EvidenceKind, size: Int) {
        self.sha256 = sha256
        self.filename = filename
        self.kind = kind
        self.size = size
    }
}

public protocol EvidenceRepository: Sendable {
    /// Stores the file unless one with the same hash is stored already.
    func store(_ file: EvidenceFile) async throws
    func find(sha256: String) async throws -> EvidenceFile?
}
