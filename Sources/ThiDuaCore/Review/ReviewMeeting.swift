import Foundation

/// The review meeting (hội nghị tổng kết, họp bình xét) as its minutes record it: when and where, who chaired and
/// who took the minutes, who attended, and next year's head and deputy elected there.
public struct ReviewMeeting: Hashable, Sendable, Codable {
    public var on: LocalDate
    /// "8 giờ 30"
    public var time: String
    public var place: String
    /// Name and position: "Phạm Công Bằng – Tổng Giám đốc Quỹ Phát triển Hợp tác xã, Trưởng Khối thi đua".
    public var chair: String
    public var secretary: String
    /// Guests: "đồng chí Lê Văn Nghị, Phó Chủ tịch Liên minh Hợp tác xã Việt Nam".
    public var guests: String
    /// The member units present; the others are absent.
    public var present: [UUID]
    public var nextHead: UUID?
    public var nextDeputy: UUID?
    /// How they were chosen: "Bỏ phiếu kín", "Hội nghị thống nhất theo luân phiên".
    public var nextHeadBasis: String

    public init(
        on: LocalDate, time: String = "", place: String = "", chair: String = "", secretary: String = "",
        guests: String = "", present: [UUID] = [], nextHead: UUID? = nil, nextDeputy: UUID? = nil,
        nextHeadBasis: String = ""
    ) {
        self.on = on
        self.time = time
        self.place = place
        self.chair = chair
        self.secretary = secretary
        self.guests = guests
        self.present = present
        self.nextHead = nextHead
        self.nextDeputy = nextDeputy
        self.nextHeadBasis = nextHeadBasis
    }

    /// The meeting counts when two thirds of the members attend (a bloc setting in practice; REVIEW.md §1 [U]).
    public static let quorum = Fraction(2, 3)

    public func validated(members: Set<UUID>) throws -> ReviewMeeting {
        var m = self
        var errors: [FieldError] = []
        for (value, field, label, limit) in [
            (time, "time", "Giờ họp", 50), (place, "place", "Địa điểm", 300), (chair, "chair", "Người chủ trì", 300),
            (secretary, "secretary", "Thư ký hội nghị", 300), (guests, "guests", "Khách mời", 1000),
            (nextHeadBasis, "nextHeadBasis", "Hình thức bầu", 300),
        ] where value.count > limit {
            errors.append(FieldError(field, "\(label) dài quá \(limit) ký tự."))
        }
        m.place = VietnameseText.normalized(place)
        m.chair = VietnameseText.normalized(chair)
        m.secretary = VietnameseText.normalized(secretary)
        m.time = VietnameseText.normalized(time)
        m.guests = VietnameseText.normalized(guests)
        m.nextHeadBasis = VietnameseText.normalized(nextHeadBasis)
        if m.place.isEmpty { errors.append(FieldError("place", "Hãy ghi địa điểm họp.")) }
        if m.chair.isEmpty { errors.append(FieldError("chair", "Hãy ghi người chủ trì.")) }
        if m.secretary.isEmpty { errors.append(FieldError("secretary", "Hãy ghi thư ký hội nghị.")) }
        if !present.allSatisfy(members.contains) || Set(present).count != present.count {
            errors.append(FieldError("present", "Đơn vị có mặt phải là thành viên của khối, không trùng."))
        }
        for (unit, field) in [(nextHead, "nextHead"), (nextDeputy, "nextDeputy")] {
            if let unit, !members.contains(unit) {
                errors.append(FieldError(field, "Trưởng khối, phó khối năm sau phải là thành viên của khối."))
            }
        }
        if nextHead != nil, nextHead == nextDeputy {
            errors.append(FieldError("nextDeputy", "Trưởng khối và phó khối phải là hai đơn vị khác nhau."))
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return m
    }
}
