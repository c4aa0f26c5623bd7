import Foundation
import ThiDuaCore

/// "Kế hoạch phát động phong trào thi đua …": a movement's launch plan as a state document (Decree 30/2020).
public enum LaunchPlan {
    public static func document(
        _ m: Movement, anniversary: AnniversaryOccurrence?, scopeName: String, settings: DocumentSettings,
        today: LocalDate
    ) -> StateDocument {
        let number = m.planNumber.map { ($0 < 10 ? "0" : "") + String($0) } ?? "     "
        let date = m.date(of: .launched) ?? today
        let title = m.title.prefix(1).lowercased() + m.title.dropFirst()
        let summary =
            m.title.lowercased().hasPrefix("phong trào") ? "Phát động \(title)" : "Phát động phong trào \(title)"
        var body: [DocumentBlock] = legalBases(m.year).map { .legalBasis($0) }
        body.append(
            .paragraph([
                TextRun("\(capitalised(settings.issuingBody)) ban hành Kế hoạch phát động phong trào thi đua như sau:")
            ]))
        body.append(.heading("I. MỤC ĐÍCH, YÊU CẦU"))
        if let anniversary { body.append(.paragraph([TextRun("Thi đua chào mừng \(anniversary.phrase).")])) }
        // The theme keeps the paragraphs it was typed in; the last one ends with a full stop.
        let theme = m.theme.split(whereSeparator: \.isNewline).map(String.init)
        body += theme.enumerated().map { i, line in
            .paragraph([TextRun(i == theme.count - 1 && !line.hasSuffix(".") ? line + "." : line)])
        }
        body.append(
            .paragraph([
                TextRun(
                    "Phong trào được tổ chức \(m.kind == .regular ? "thường xuyên" : "theo đợt, chuyên đề") trong phạm vi \(scopeName), thiết thực, hiệu quả, tránh hình thức."
                )
            ]))
        if !m.targets.isEmpty {
            body.append(.heading("II. NỘI DUNG, CHỈ TIÊU THI ĐUA"))
            body += m.targets.map { .bullet([TextRun($0)]) }
        }
        if !m.slogans.isEmpty {
            body.append(.heading("III. KHẨU HIỆU THI ĐUA"))
            body += m.slogans.map { .bullet([TextRun($0, italic: true)]) }
        }
        body.append(.heading("IV. THỜI GIAN THỰC HIỆN"))
        body.append(.paragraph([TextRun("Từ \(m.periodFrom.decree30Long) đến \(m.periodTo.decree30Long).")]))
        if let deadline = m.registrationDeadline {
            body.append(.paragraph([TextRun("Các đơn vị gửi bản đăng ký thi đua trước \(deadline.decree30Long).")]))
        }
        if !m.codes.isEmpty {
            body.append(.heading("V. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG"))
            body.append(
                .paragraph([
                    TextRun(
                        "Kết thúc phong trào, trên cơ sở kết quả đạt được, xét và đề nghị các danh hiệu, hình thức khen thưởng:"
                    )
                ]))
            body += m.codes.map { .bullet([TextRun(Catalogue.entry($0)?.name ?? $0)]) }
        }
        body.append(.heading("VI. TỔ CHỨC THỰC HIỆN"))
        body.append(
            .paragraph([
                TextRun(
                    "Thủ trưởng các đơn vị quán triệt kế hoạch này đến cán bộ, viên chức, người lao động; tổ chức đăng ký thi đua, sơ kết, tổng kết và gửi báo cáo đúng thời hạn."
                )
            ]))
        let signer =
            settings.signerName.isEmpty
            ? String(m.launchedBy.split(separator: "–").first ?? "").trimmingCharacters(in: .whitespaces)
            : settings.signerName
        return StateDocument(
            parentBody: settings.parentBody.isEmpty ? nil : settings.parentBody, issuingBody: settings.issuingBody,
            number: "\(number)/\(settings.planSymbol)", place: settings.place, date: date, documentType: "KẾ HOẠCH",
            summary: summary, body: body, signature: SignatureBlock(position: settings.signerPosition, signer: signer),
            recipients: [
                "Thường trực Liên minh Hợp tác xã Việt Nam (để báo cáo)", "Các đơn vị tham gia phong trào", "Lưu: VT",
            ])
    }

    /// The law and decree in force for the movement's year.
    static func legalBases(_ year: Int) -> [String] {
        switch EligibilitySettings.defaults.regime(for: year) {
        case .law2013:
            return [
                "Căn cứ Luật Thi đua, khen thưởng năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng năm 2013;",
                "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
            ]
        case .law2022:
            return [
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
            ]
        case .decree152:
            return [
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;",
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng và quy định chi tiết, hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;",
            ]
        }
    }

    /// "KHỐI THI ĐUA CÁC ĐƠN VỊ" → "Khối thi đua các đơn vị": the issuer's name inside a sentence.
    static func capitalised(_ upper: String) -> String {
        let lower = upper.lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}
