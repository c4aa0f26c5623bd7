/// How the organization signs its documents: the issuing body under its parent, the place, the symbol of
/// launch plans, and who signs them. Documents take their header and number from here.
public struct DocumentSettings: Sendable, Hashable, Codable {
    public var parentBody: String
    public var issuingBody: String
    public var place: String
    /// The symbol after the number of a launch plan: "KH-KTĐ" gives "Số: 03/KH-KTĐ".
    public var planSymbol: String
    public var signerPosition: String
    public var signerName: String

    public init(
        parentBody: String = "LIÊN MINH HỢP TÁC XÃ VIỆT NAM",
        issuingBody: String = "KHỐI THI ĐUA CÁC ĐƠN VỊ SỰ NGHIỆP VÀ DOANH NGHIỆP",
        place: String = "Hà Nội", planSymbol: String = "KH-KTĐ", signerPosition: String = "TRƯỞNG KHỐI",
        signerName: String = ""
    ) {
        self.parentBody = parentBody
        self.issuingBody = issuingBody
        self.place = place
        self.planSymbol = planSymbol
        self.signerPosition = signerPosition
        self.signerName = signerName
    }

    public static let defaults = DocumentSettings()

    public func validated() throws -> DocumentSettings {
        var s = self
        s.parentBody = VietnameseText.normalized(parentBody)
        s.issuingBody = VietnameseText.normalized(issuingBody)
        s.place = VietnameseText.normalized(place)
        s.planSymbol = VietnameseText.normalized(planSymbol)
        s.signerPosition = VietnameseText.normalized(signerPosition)
        s.signerName = VietnameseText.normalized(signerName)
        var errors: [FieldError] = []
        if s.issuingBody.isEmpty {
            errors.append(FieldError("issuingBody", "Tên cơ quan ban hành không được để trống."))
        }
        if s.place.isEmpty { errors.append(FieldError("place", "Địa danh không được để trống.")) }
        if s.planSymbol.isEmpty {
            errors.append(FieldError("planSymbol", "Ký hiệu kế hoạch không được để trống, ví dụ KH-KTĐ."))
        }
        if s.signerPosition.isEmpty {
            errors.append(FieldError("signerPosition", "Chức vụ người ký không được để trống."))
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return s
    }
}
