/// A code of the catalogue of titles and award forms, as histories refer to it. The rules that come
/// with each code are the eligibility engine's; here only the name and who can hold it.
public struct AwardCode: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case title, award

        public var vietnamese: String { self == .title ? "Danh hiệu thi đua" : "Hình thức khen thưởng" }
    }

    public var code: String
    public var name: String
    public var kind: Kind
    /// nil: persons and collectives alike.
    public var subjectKind: SubjectKind?
    /// False for the organization's own codes.
    public var builtIn: Bool

    public init(code: String, name: String, kind: Kind, subjectKind: SubjectKind?, builtIn: Bool = true) {
        self.code = code
        self.name = name
        self.kind = kind
        self.subjectKind = subjectKind
        self.builtIn = builtIn
    }

    /// The codes of DESIGN.md §6 and the Labour Orders.
    public static let builtIns: [AwardCode] = [
        AwardCode(code: "LDTT", name: "Lao động tiên tiến", kind: .title, subjectKind: .person),
        AwardCode(code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở", kind: .title, subjectKind: .person),
        AwardCode(code: "CSTD_BO", name: "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", kind: .title, subjectKind: .person),
        AwardCode(code: "CSTD_TQ", name: "Chiến sĩ thi đua toàn quốc", kind: .title, subjectKind: .person),
        AwardCode(code: "TTLDTT", name: "Tập thể lao động tiên tiến", kind: .title, subjectKind: .collective),
        AwardCode(code: "TTLDXS", name: "Tập thể lao động xuất sắc", kind: .title, subjectKind: .collective),
        AwardCode(code: "CO_BO", name: "Cờ thi đua cấp bộ, ngành, tỉnh", kind: .title, subjectKind: .collective),
        AwardCode(code: "CO_CP", name: "Cờ thi đua của Chính phủ", kind: .title, subjectKind: .collective),
        AwardCode(code: "GK", name: "Giấy khen", kind: .award, subjectKind: nil),
        AwardCode(code: "BK_BO", name: "Bằng khen cấp bộ, ngành, tỉnh", kind: .award, subjectKind: nil),
        AwardCode(code: "BK_TTG", name: "Bằng khen của Thủ tướng Chính phủ", kind: .award, subjectKind: nil),
        AwardCode(code: "HCLD3", name: "Huân chương Lao động hạng Ba", kind: .award, subjectKind: nil),
        AwardCode(code: "HCLD2", name: "Huân chương Lao động hạng Nhì", kind: .award, subjectKind: nil),
        AwardCode(code: "HCLD1", name: "Huân chương Lao động hạng Nhất", kind: .award, subjectKind: nil),
    ]

    /// Checks an organization's own code: not a built-in, and code characters only.
    public static func validateCustom(code: String, name: String) throws -> (String, String) {
        let code = VietnameseText.normalized(code)
        let name = VietnameseText.normalized(name)
        var errors: [FieldError] = []
        if code.isEmpty || code.count > 32
            || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        {
            errors.append(FieldError("code", "Mã gồm 1–32 ký tự: chữ không dấu, số, dấu - hoặc _."))
        } else if builtIns.contains(where: { $0.code == code.uppercased() }) {
            errors.append(FieldError("code", "Mã \(code.uppercased()) là mã có sẵn trong danh mục; hãy chọn mã khác."))
        }
        if name.isEmpty { errors.append(FieldError("name", "Tên danh hiệu, hình thức không được để trống.")) }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return (code.uppercased(), name)
    }
}
