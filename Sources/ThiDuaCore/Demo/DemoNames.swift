/// Plausible Vietnamese names and positions for the sample data.
enum DemoNames {
    // Weighted roughly like the real distribution: Nguyễn first by far.
    static let families = [
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
        "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai",
    ]
    static let maleMiddles = [
        "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Mạnh", "Tuấn", "Đình",
    ]
    static let femaleMiddles = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Phương", "Kim", "Bích"]
    static let maleGivens = [
        "An", "Anh", "Bình", "Cường", "Dũng", "Đông", "Đức", "Giang", "Hải", "Hiếu", "Hòa", "Hùng",
        "Huy", "Khánh", "Khoa", "Lâm", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân",
        "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Vinh",
    ]
    static let femaleGivens = [
        "Ánh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan",
        "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh",
        "Tâm", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến",
    ]

    static func random<G: RandomNumberGenerator>(_ gender: Person.Gender, _ rng: inout G) -> String {
        let family = families[Int(rng.next() % UInt64(families.count))]
        let middles = gender == .male ? maleMiddles : femaleMiddles
        let givens = gender == .male ? maleGivens : femaleGivens
        let middle = middles[Int(rng.next() % UInt64(middles.count))]
        let given = givens[Int(rng.next() % UInt64(givens.count))]
        return "\(family) \(middle) \(given)"
    }

    /// The first staff indexes of a unit hold the managing positions (head, deputy, heads of office, chief
    /// accountant); the rest are staff.
    static let managerCount = 7

    static func position<G: RandomNumberGenerator>(index: Int, kind: OrgUnit.Kind, _ rng: inout G) -> String {
        let head: String
        switch kind {
        case .agency: head = "Phó Trưởng ban"
        case .department: head = "Trưởng ban"
        case .enterprise: head = "Giám đốc"
        case .provincialAlliance: head = "Chủ tịch"
        case .publicServiceUnit, .cooperative: head = "Giám đốc"
        }
        switch index {
        case 0: return head
        case 1:
            return kind == .provincialAlliance
                ? "Phó Chủ tịch" : kind == .department ? "Phó Trưởng ban" : "Phó Giám đốc"
        case 2, 3: return "Trưởng phòng"
        case 4, 5: return "Phó Trưởng phòng"
        case 6: return "Kế toán trưởng"
        default:
            let staff = ["Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Kế toán viên", "Nhân viên", "Cán sự"]
            return staff[Int(rng.next() % UInt64(staff.count))]
        }
    }
}
