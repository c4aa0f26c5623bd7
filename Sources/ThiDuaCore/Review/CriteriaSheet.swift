import Foundation

/// A criteria set as a spreadsheet, to export, edit and import back: one row per line, its kind first.
/// "Nhóm" opens a group; the "Tiêu chí" rows after it are its criteria; then "Điểm thưởng" and "Điểm trừ" lines,
/// and their caps on rows "Tối đa điểm thưởng" and "Tối đa điểm trừ". Points are written with a decimal comma.
public enum CriteriaSheet {
    public static let header = ["Loại", "Mã", "Nội dung", "Điểm tối đa", "Hướng dẫn", "Cần minh chứng"]
    static let group = "Nhóm"
    static let bonusCap = "Tối đa điểm thưởng"
    static let penaltyCap = "Tối đa điểm trừ"

    public static func rows(_ set: CriteriaSet) -> [[SheetValue]] {
        func points(_ p: Int) -> SheetValue { .text(VietnameseNumber.hundredths(p)) }
        func line(_ c: ScoringCriterion) -> [SheetValue] {
            [
                .text(c.kind.vietnamese), .text(c.code), .text(c.title), points(c.maxPoints), .text(c.guidance),
                .text(c.evidenceRequired ? "Có" : "Không"),
            ]
        }
        var rows: [[SheetValue]] = [header.map { .text($0) }]
        for g in set.groups {
            rows.append([.text(group), .text(g.code), .text(g.title), points(g.maxPoints)])
            rows += g.criteria.map(line)
        }
        rows += set.bonus.map(line)
        rows.append([.text(bonusCap), .empty, .empty, points(set.bonusCap)])
        rows += set.penalty.map(line)
        rows.append([.text(penaltyCap), .empty, .empty, points(set.penaltyCap)])
        return rows
    }

    /// The set from a sheet's rows (the header first); every problem names its row, in Vietnamese. The set is
    /// then checked as any other (`CriteriaSet.validated`).
    public static func parse(_ rows: [[String]]) throws -> CriteriaSet {
        var errors: [FieldError] = []
        guard let first = rows.first, first.prefix(4).map({ VietnameseText.normalized($0) }) == Array(header.prefix(4))
        else {
            throw DomainError.invalid([
                FieldError(
                    "file",
                    "Dòng đầu phải là tiêu đề: \(header.joined(separator: ", ")). Hãy dùng tệp xuất ra từ hệ thống.")
            ])
        }
        guard rows.count <= CriteriaSet.maxCriteria + CriteriaSet.maxGroups + 3 else {
            throw DomainError.invalid([
                FieldError("file", "Bảng có quá nhiều dòng (tối đa \(CriteriaSet.maxCriteria) tiêu chí).")
            ])
        }
        var set = CriteriaSet(groups: [])
        for (i, raw) in rows.enumerated().dropFirst() {
            let cells = (raw + Array(repeating: "", count: 6)).prefix(6).map { VietnameseText.normalized($0) }
            if cells.allSatisfy(\.isEmpty) { continue }
            let row = i + 1
            let points = VietnameseNumber.parseHundredths(cells[3])
            if points == nil {
                errors.append(
                    FieldError("file", "Dòng \(row): điểm tối đa “\(cells[3].prefix(20))” không phải số điểm."))
            }
            let p = points ?? 0
            switch cells[0] {
            case group:
                set.groups.append(CriterionGroup(code: cells[1], title: cells[2], maxPoints: p, criteria: []))
            case bonusCap:
                set.bonusCap = p
            case penaltyCap:
                set.penaltyCap = p
            default:
                guard let kind = ScoringCriterion.Kind.allCases.first(where: { $0.vietnamese == cells[0] }) else {
                    errors.append(
                        FieldError(
                            "file",
                            "Dòng \(row): loại “\(cells[0].prefix(30))” không có; dùng Nhóm, Tiêu chí, Điểm thưởng, Điểm trừ, \(bonusCap) hoặc \(penaltyCap)."
                        ))
                    continue
                }
                let evidence = ["có", "x", "1"].contains(cells[5].lowercased())
                let c = ScoringCriterion(
                    code: cells[1], title: cells[2], maxPoints: p, guidance: cells[4], evidenceRequired: evidence,
                    kind: kind)
                switch kind {
                case .normal:
                    guard !set.groups.isEmpty else {
                        errors.append(FieldError("file", "Dòng \(row): tiêu chí đứng trước mọi nhóm."))
                        continue
                    }
                    set.groups[set.groups.count - 1].criteria.append(c)
                case .bonus: set.bonus.append(c)
                case .penalty: set.penalty.append(c)
                }
            }
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return try set.validated()
    }
}
