import Foundation

/// Đơn vị: an organization in the hierarchy.
public struct OrgUnit: Identifiable, Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case agency, department, publicServiceUnit, enterprise, provincialAlliance, cooperative

        public var vietnamese: String {
            switch self {
            case .agency: return "Cơ quan"
            case .department: return "Ban, phòng"
            case .publicServiceUnit: return "Đơn vị sự nghiệp"
            case .enterprise: return "Doanh nghiệp"
            case .provincialAlliance: return "Liên minh HTX tỉnh, thành phố"
            case .cooperative: return "Hợp tác xã"
            }
        }
    }

    public var id: UUID
    public var code: String
    public var name: String
    public var shortName: String
    public var kind: Kind
    public var parentID: UUID?
    public var activeFrom: LocalDate?
    /// Set when the unit is deactivated (dissolved, merged). Its records stay.
    public var activeTo: LocalDate?
    public var version: Int

    public init(
        id: UUID = UUID(), code: String, name: String, shortName: String, kind: Kind,
        parentID: UUID? = nil, activeFrom: LocalDate? = nil, activeTo: LocalDate? = nil, version: Int = 1
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parentID = parentID
        self.activeFrom = activeFrom
        self.activeTo = activeTo
        self.version = version
    }

    public func isActive(on day: LocalDate) -> Bool {
        if let from = activeFrom, day < from { return false }
        if let to = activeTo, day > to { return false }
        return true
    }
}

/// What a form or JSON body may set on a unit.
public struct OrgUnitDraft: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var shortName: String
    public var kind: String
    public var parentID: UUID?
    public var activeFrom: String?

    public init(
        code: String, name: String, shortName: String = "", kind: String,
        parentID: UUID? = nil, activeFrom: String? = nil
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parentID = parentID
        self.activeFrom = activeFrom
    }

    private enum CodingKeys: String, CodingKey { case code, name, shortName, kind, parentID, activeFrom }

    /// Optional fields may be left out of a JSON body.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try c.decodeIfPresent(String.self, forKey: .code) ?? "",
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            shortName: try c.decodeIfPresent(String.self, forKey: .shortName) ?? "",
            kind: try c.decodeIfPresent(String.self, forKey: .kind) ?? "",
            parentID: try c.decodeIfPresent(UUID.self, forKey: .parentID),
            activeFrom: try c.decodeIfPresent(String.self, forKey: .activeFrom))
    }

    /// Checks and normalizes the draft into a unit; each problem is a Vietnamese message.
    public func validated(id: UUID = UUID(), version: Int = 1) throws -> OrgUnit {
        var errors: [FieldError] = []
        let rawCode = VietnameseText.normalized(self.code)
        // Check the characters before upper-casing: "ß".uppercased() is "SS".
        let code = rawCode.allSatisfy(\.isASCII) ? rawCode.uppercased() : rawCode
        let name = VietnameseText.normalized(self.name)
        let short = VietnameseText.normalized(self.shortName)
        if code.isEmpty {
            errors.append(FieldError("code", "Mã đơn vị không được để trống."))
        } else if code.count > 32
            || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        {
            errors.append(FieldError("code", "Mã đơn vị chỉ gồm chữ không dấu, số, dấu - hoặc _, tối đa 32 ký tự."))
        }
        if name.isEmpty { errors.append(FieldError("name", "Tên đơn vị không được để trống.")) }
        if name.count > 300 { errors.append(FieldError("name", "Tên đơn vị dài quá 300 ký tự.")) }
        if short.count > 100 { errors.append(FieldError("shortName", "Tên viết tắt dài quá 100 ký tự.")) }
        let kind = OrgUnit.Kind(rawValue: self.kind)
        if kind == nil { errors.append(FieldError("kind", "Hãy chọn loại đơn vị trong danh sách.")) }
        var from: LocalDate?
        if let raw = activeFrom?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            from = LocalDate(raw)
            if from == nil {
                errors.append(FieldError("activeFrom", "Ngày bắt đầu hoạt động không hợp lệ. Nhập dạng dd/mm/yyyy."))
            }
        }
        if parentID == id { errors.append(FieldError("parentID", "Đơn vị không thể là cấp trên của chính nó.")) }
        guard errors.isEmpty, let kind else { throw DomainError.invalid(errors) }
        return OrgUnit(
            id: id, code: code, name: name, shortName: short.isEmpty ? name : short, kind: kind,
            parentID: parentID, activeFrom: from, activeTo: nil, version: version)
    }
}
