import Foundation
import ThiDuaCore

/// "Báo cáo tổng kết công tác thi đua, khen thưởng năm Y và phương hướng, nhiệm vụ năm Y+1": the secretary's
/// written parts, each followed by what the data says (REVIEW.md's outline): the movements with their
/// anniversary labels, registrations and the pact, scoring and the vote, the titles and awards of the year,
/// next year's movement, and the proposals for the units the meeting elected.
public enum ReviewReport {
    public static func document(_ d: ReviewReportData, settings: DocumentSettings, today: LocalDate) -> StateDocument {
        let r = d.results
        let h = VietnameseNumber.hundredths
        let n = d.narrative
        let members = r.units.count
        func written(_ text: String, placeholder: String) -> [DocumentBlock] {
            let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
            return lines.isEmpty
                ? [.paragraph([TextRun(placeholder, italic: true)])] : lines.map { .paragraph([TextRun($0)]) }
        }
        func part(_ name: String, _ title: String) -> [DocumentBlock] {
            [.paragraph([.bold(name)], alignment: .center), .paragraph([.bold(title)], alignment: .center)]
        }
        var body = part("PHẦN THỨ NHẤT", "KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM \(r.year)")
        body.append(.heading("I. ĐẶC ĐIỂM TÌNH HÌNH"))
        body.append(
            .paragraph([
                TextRun("\(r.bloc.name) gồm \(members) đơn vị thành viên.")
            ]))
        body += written(n.situation, placeholder: "(Thư ký khối viết phần đặc điểm tình hình.)")

        body.append(.heading("II. KẾT QUẢ THỰC HIỆN"))
        body.append(.heading("1. Công tác chỉ đạo, tuyên truyền và tổ chức phong trào thi đua", level: 2))
        body += written(n.direction, placeholder: "(Thư ký khối viết phần công tác chỉ đạo, tuyên truyền.)")
        let thematic = d.movements.filter { $0.anniversaryLabel != nil }
        if !thematic.isEmpty {
            body.append(
                .paragraph([
                    TextRun(
                        "Khối thi đua đã phát động phong trào thi đua chào mừng các ngày lễ lớn của đất nước: "
                            + thematic.compactMap(\.anniversaryLabel).joined(separator: "; ") + ".")
                ]))
        }
        for m in d.movements where m.kind == .regular {
            body.append(
                .bullet([
                    TextRun("\(m.title): \(m.registered)/\(members) đơn vị đăng ký thi đua.")
                ]))
        }
        body.append(.heading("2. Đăng ký và ký kết giao ước thi đua", level: 2))
        body.append(
            .paragraph([
                TextRun("\(d.pactSigned)/\(members) đơn vị đã ký giao ước thi đua năm \(r.year).")
            ]))
        body.append(.heading("3. Chấm điểm, bình xét, suy tôn", level: 2))
        let late = r.units.filter { $0.assessment?.late == true }.count
        let submitted = r.units.filter { $0.assessment?.status == .submitted }.count
        body.append(
            .paragraph([
                TextRun(
                    "Các đơn vị tự chấm điểm theo bảng tiêu chí \(h(r.criteria.set.maxScore)) điểm; \(submitted)/\(members) đơn vị nộp bản tự chấm\(late > 0 ? " (\(late) đơn vị nộp muộn)" : ""). Mỗi đơn vị được \(r.review.settings.reviewersPerUnit) đơn vị khác chấm chéo; điểm cuối cùng tính theo cách: \(r.review.settings.method.vietnamese.lowercased())."
                )
            ]))
        var bands: [String: Int] = [:]
        for row in r.rows { bands[row.band ?? "", default: 0] += 1 }
        let bandText = r.review.settings.bands.sorted { $0.minPercent > $1.minPercent }.compactMap { b in
            bands[b.label].map { "\($0) đơn vị \(b.label.lowercased())" }
        }
        if !bandText.isEmpty {
            body.append(.paragraph([TextRun("Kết quả xếp loại: " + bandText.joined(separator: "; ") + ".")]))
        }
        body.append(
            .table(
                TableBlock(
                    header: ["Hạng", "Đơn vị", "Tổng điểm", "Xếp loại"],
                    rows: r.rows.map { [String($0.rank), $0.name, h($0.total), $0.band ?? ""] },
                    columnWidths: [1, 8, 2, 3])))
        for b in d.ballots {
            guard let t = b.result else { continue }
            let elected = t.elected.compactMap { b.candidate($0)?.name }
            body.append(
                .paragraph([
                    TextRun(
                        "\(b.question.question): \(t.cast)/\(t.electorate) phiếu; \(elected.isEmpty ? "không đơn vị nào đạt số phiếu cần thiết" : "được suy tôn: " + elected.joined(separator: "; "))."
                    )
                ]))
        }
        body.append(.heading("4. Danh hiệu thi đua và hình thức khen thưởng năm \(r.year)", level: 2))
        let ratings = d.ratings.sorted {
            (Rating(rawValue: $0.value) ?? .failed) > (Rating(rawValue: $1.value) ?? .failed)
        }
        let counted = (ratings + d.awards.sorted { $0.value < $1.value }).filter { $0.count > 0 }
        if counted.isEmpty {
            body.append(
                .paragraph([TextRun("Quá trình thi đua, khen thưởng năm \(r.year) của các đơn vị chưa được cập nhật.")])
            )
        } else {
            body.append(
                .table(
                    TableBlock(
                        header: ["Danh hiệu, hình thức", "Số người"],
                        rows: counted.map {
                            [Catalogue.entry($0.value)?.name ?? Self.rating($0.value), String($0.count)]
                        },
                        columnWidths: [8, 2])))
        }
        body.append(.heading("III. ĐÁNH GIÁ CHUNG"))
        body += written(n.assessment, placeholder: "(Thư ký khối viết phần ưu điểm, hạn chế, nguyên nhân, bài học.)")

        body += part("PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM \(r.year + 1)")
        body += written(n.nextYear, placeholder: "(Thư ký khối viết phần phương hướng, nhiệm vụ.)")
        if let next = d.nextMovement {
            body.append(
                .paragraph([TextRun("Phong trào thi đua năm \(r.year + 1): "), TextRun(next.theme, italic: true)]))
            body += next.targets.map { .bullet([TextRun($0)]) }
        }
        if let m = r.review.meeting, let head = m.nextHead {
            let name = { (id: UUID?) in r.units.first { $0.unit.id == id }?.unit.name ?? "" }
            body.append(
                .paragraph([
                    TextRun(
                        "Trưởng khối năm \(r.year + 1): \(name(head))\(m.nextDeputy.map { "; phó khối: \(name($0))" } ?? "")."
                    )
                ]))
        }
        body += part("PHẦN THỨ BA", "KIẾN NGHỊ, ĐỀ XUẤT")
        body += written(n.proposals, placeholder: "(Thư ký khối viết phần kiến nghị, đề xuất.)")
        for b in d.ballots {
            guard let t = b.result, !t.elected.isEmpty else { continue }
            body.append(
                .bullet([
                    TextRun(
                        "\(b.question.question): \(t.elected.compactMap { b.candidate($0)?.name }.joined(separator: "; "))."
                    )
                ]))
        }
        let signer = ReviewMinutes.signer(r.review.meeting?.chair)
        return StateDocument(
            parentBody: settings.parentBody.isEmpty ? nil : settings.parentBody, issuingBody: r.bloc.name,
            number: "     /BC-KTĐ", place: settings.place, date: r.review.meeting?.on ?? today, documentType: "BÁO CÁO",
            summary:
                "Tổng kết công tác thi đua, khen thưởng năm \(r.year)\nvà phương hướng, nhiệm vụ năm \(r.year + 1)",
            body: body, signature: SignatureBlock(position: "TRƯỞNG KHỐI", signer: signer),
            recipients: [
                "Thường trực Liên minh Hợp tác xã Việt Nam (để báo cáo)", "Các đơn vị thành viên Khối", "Lưu: VT",
            ])
    }

    /// A rating's code as people read it.
    static func rating(_ code: String) -> String { Rating(rawValue: code)?.vietnamese ?? code }
}
