import Foundation

/// Khối thi đua / cụm thi đua: units that compete with each other.
public struct Bloc: Identifiable, Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case bloc, cluster

        public var vietnamese: String { self == .bloc ? "Khối thi đua" : "Cụm thi đua" }
    }

    public var id: UUID
    public var code: String
    public var name: String
    public var kind: Kind
    public var note: String
    public var activeTo: LocalDate?
    public var version: Int

    public init(
        id: UUID = UUID(), code: String, name: String, kind: Kind, note: String = "",
        activeTo: LocalDate? = nil, version: Int = 1
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.note = note
        self.activeTo = activeTo
        self.version = version
    }
}

public struct BlocDraft: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var kind: String
    public var note: String

    public init(code: String, name: String, kind: String, note: String = "") {
        self.code = code
        self.name = name
        self.kind = kind
        self.note = note
    }

    private enum CodingKeys: String, CodingKey { case code, name, kind, note }

    /// Optional fields may be left out of a JSON body.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try c.decodeIfPresent(String.self, forKey: .code) ?? "",
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            kind: try c.decodeIfPresent(String.self, forKey: .kind) ?? "",
            note: try c.decodeIfPresent(String.self, forKey: .note) ?? "")
    }

    public func validated(id: UUID = UUID(), version: Int = 1) throws -> Bloc {
        var errors: [FieldError] = []
        let rawCode = VietnameseText.normalized(self.code)
        // Check the characters before upper-casing: "ß".uppercased() is "SS".
        let code = rawCode.allSatisfy(\.isASCII) ? rawCode.uppercased() : rawCode
        let name = VietnameseText.normalized(self.name)
        if code.isEmpty || code.count > 32
            || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        {
            errors.append(FieldError("code", "Mã khối chỉ gồm chữ không dấu, số, dấu - hoặc _, từ 1 đến 32 ký tự."))
        }
        if name.isEmpty { errors.append(FieldError("name", "Tên khối không được để trống.")) }
        if name.count > 300 { errors.append(FieldError("name", "Tên khối dài quá 300 ký tự.")) }
        let kind = Bloc.Kind(rawValue: self.kind)
        if kind == nil { errors.append(FieldError("kind", "Hãy chọn khối thi đua hoặc cụm thi đua.")) }
        guard errors.isEmpty, let kind else { throw DomainError.invalid(errors) }
        return Bloc(id: id, code: code, name: name, kind: kind, note: VietnameseText.paragraphs(note), version: version)
    }
}

/// One unit's place in a bloc for one year. Head and deputy rotate yearly.
public struct BlocMembership: Identifiable, Hashable, Sendable, Codable {
    public enum Role: String, CaseIterable, Sendable, Codable {
        case head, deputyHead, member

        public var vietnamese: String {
            switch self {
            case .head: return "Trưởng khối"
            case .deputyHead: return "Phó khối"
            case .member: return "Thành viên"
            }
        }
    }

    public var id: UUID
    public var blocID: UUID
    public var unitID: UUID
    public var year: Int
    public var role: Role
    /// False while a unit that a bloc secretary added waits for the admin: until then it does not widen the
    /// secretary's view of people, histories and audit events.
    public var confirmed: Bool

    public init(id: UUID = UUID(), blocID: UUID, unitID: UUID, year: Int, role: Role = .member, confirmed: Bool = true)
    {
        self.id = id
        self.blocID = blocID
        self.unitID = unitID
        self.year = year
        self.role = role
        self.confirmed = confirmed
    }

    enum CodingKeys: String, CodingKey { case id, blocID, unitID, year, role, confirmed }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(UUID.self, forKey: .id), blocID: try c.decode(UUID.self, forKey: .blocID),
            unitID: try c.decode(UUID.self, forKey: .unitID), year: try c.decode(Int.self, forKey: .year),
            role: try c.decode(Role.self, forKey: .role),
            confirmed: try c.decodeIfPresent(Bool.self, forKey: .confirmed) ?? true)
    }

    public static let yearRange = 1990...2100

    public static func validateYear(_ year: Int) throws {
        guard yearRange.contains(year) else {
            throw DomainError.invalid([
                FieldError("year", "Năm phải nằm trong khoảng \(yearRange.lowerBound)–\(yearRange.upperBound).")
            ])
        }
    }
}

/// A membership row joined with its unit, for screens and the API.
public struct BlocMember: Hashable, Sendable, Codable {
    public var membership: BlocMembership
    public var unit: OrgUnit

    public init(membership: BlocMembership, unit: OrgUnit) {
        self.membership = membership
        self.unit = unit
    }
}
