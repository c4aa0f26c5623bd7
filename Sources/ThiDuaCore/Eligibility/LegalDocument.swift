/// docs/LEGAL.md, generated from the catalogue so that the two cannot drift (a test compares them).
/// Regenerate with `swift run thidua catalogue > docs/LEGAL.md`.
public enum LegalDocument {
    public static func markdown(settings: EligibilitySettings = .defaults) -> String {
        var out: [String] = []
        out.append("# Danh mục danh hiệu thi đua, hình thức khen thưởng và căn cứ pháp lý")
        out.append("")
        out.append(
            "Tệp này được sinh từ danh mục trong mã nguồn (`Sources/ThiDuaCore/Eligibility/Catalogue.swift`) bằng lệnh")
        out.append(
            "`swift run thidua catalogue > docs/LEGAL.md`; một bài kiểm thử so sánh hai bên, nên không thể lệch nhau.")
        out.append("Nguồn pháp lý và mức độ xác minh: `../shared/domain/LAW.md`.")
        out.append("")
        out.append(
            "Mức độ căn cứ: **đã đối chiếu** (đọc được văn bản), **nguồn thứ cấp** (bài viết, bản dịch, thông tư hướng dẫn nhắc lại luật),"
        )
        out.append(
            "**suy luận** (cần đối chiếu), **chưa tìm thấy** (quy tắc chỉ là việc *cần xem xét*, không bao giờ tự quyết)."
        )
        out.append("")
        out.append("## Chế độ pháp lý")
        out.append("")
        out.append("| mã | chế độ | hiệu lực |")
        out.append("|---|---|---|")
        for r in LegalRegime.allCases {
            let from = r == LegalRegime.allCases.first ? "" : "từ \(r.effectiveFrom.vietnamese)"
            let to = r.effectiveTo.map { "đến \($0.vietnamese)" } ?? ""
            out.append(
                "| `\(r.rawValue)` | \(r.vietnamese) | \([from, to].filter { !$0.isEmpty }.joined(separator: " ")) |")
        }
        out.append("")
        out.append(
            "Năm xét áp dụng chế độ có hiệu lực vào ngày tham chiếu của năm đó (cài đặt của tổ chức, mặc định 31/12).")
        out.append("")
        out.append("## Nguyên tắc chung")
        out.append("")
        out.append(
            "- Kết quả: **Đủ điều kiện** khi mọi điều kiện được đáp ứng; **Chưa đủ điều kiện** khi một điều kiện quyết định được từ quá trình không đạt và không còn phương án khác; **Cần xem xét** khi còn một nhận định mà quá trình không cho biết."
        )
        out.append(
            "- Danh hiệu, hình thức bị thu hồi không được tính. Khen thưởng đột xuất, theo chuyên đề, theo đợt, quá trình cống hiến, niên hạn, đối ngoại không dùng làm căn cứ khen thưởng theo công trạng."
        )
        out.append("- Năm thiếu xếp loại là năm chưa biết đã đạt, nên chuỗi năm liên tục bị đứt.")
        out.append(
            "- Các điều kiện về ý thức (đoàn kết, chấp hành, tham gia thi đua) được nêu như lời nhắc, không làm kết quả thành *cần xem xét*."
        )
        out.append("")
        out.append("## Cài đặt của tổ chức (mặc định)")
        out.append("")
        out.append("| cài đặt | mặc định | ý nghĩa |")
        out.append("|---|---|---|")
        out.append(
            "| `referenceMonth`, `referenceDay` | \(settings.referenceDay)/\(settings.referenceMonth) | ngày tham chiếu chọn chế độ pháp lý của năm xét (lựa chọn chuyển tiếp) |"
        )
        out.append(
            "| `cstdcsQuotaPercentOld` | \(settings.cstdcsQuotaPercentOld.map { "\($0)%" } ?? "không") | tỷ lệ CSTĐCS trên số LĐTT, chế độ cũ (Nghị định 91/2017 Điều 9 khoản 3, đã đối chiếu) |"
        )
        out.append(
            "| `cstdcsQuotaPercent` | \(settings.cstdcsQuotaPercent.map { "\($0)%" } ?? "không") | tỷ lệ đó từ 2024: không tìm thấy quy định chung, tổ chức tự đặt |"
        )
        out.append(
            "| `coCPQuotaPercentOld` | \(settings.coCPQuotaPercentOld.map { "\($0)%" } ?? "không") | Cờ thi đua của Chính phủ trên số tập thể dẫn đầu khối, cụm, chế độ cũ (Nghị định 91/2017 Điều 11; Công văn 5007/BNV-TĐKT) |"
        )
        out.append(
            "| `coCPQuotaPercent` | \(settings.coCPQuotaPercent.map { "\($0)%" } ?? "không") | tỷ lệ đó từ 2024: chưa tìm thấy |"
        )
        out.append(
            "| `coBoRequiresTTLDXS` | \(settings.coBoRequiresTTLDXS ? "có" : "không") | Cờ thi đua cấp bộ đòi hỏi Tập thể lao động xuất sắc trong năm (như Thông tư 22/2023/TT-BCT) |"
        )
        out.append("")
        out.append(
            "Khi chỉ tiêu ràng buộc, danh sách được xếp theo thành tích (xếp loại năm xét, điểm sáng kiến theo phạm vi, số năm liên tục xuất sắc); bằng thành tích thì ưu tiên nữ và tập thể có từ 70% nữ (Nghị định 98/2023 Điều 4)."
        )
        for entry in Catalogue.entries {
            out.append("")
            out.append("## `\(entry.code)` – \(entry.name)")
            out.append("")
            let multiple =
                entry.rewardMultiple.map { "\($0.formatted) lần mức lương cơ sở (Nghị định 98/2023 Điều 54)" } ?? "—"
            out.append(
                "- Loại: \(entry.kind.vietnamese.lowercased()); đối tượng: \(entry.subjectKinds.map { $0.vietnamese.lowercased() }.joined(separator: ", ")); cấp: \(entry.level.vietnamese.lowercased())."
            )
            out.append("- Thẩm quyền: \(entry.authority).")
            out.append("- Tiền thưởng: \(multiple).")
            for regime in LegalRegime.allCases {
                for kind in SubjectKind.allCases where entry.subjectKinds.contains(kind) {
                    let label = entry.subjectKinds.count > 1 ? " – \(kind.vietnamese.lowercased())" : ""
                    out.append("")
                    out.append("### \(regime.rawValue)\(label)")
                    out.append("")
                    out.append("| quy tắc | phương án | điều kiện | căn cứ | mức độ |")
                    out.append("|---|---|---|---|---|")
                    for (route, rule) in entry.condition(for: kind, regime: regime, settings: settings).rules {
                        out.append(
                            "| `\(rule.id)` | \(route.isEmpty ? "" : route.joined(separator: " › ")) | \(rule.check.description(Catalogue.shortName)) | \(rule.basis.citation) | \(rule.basis.status.vietnamese) |"
                        )
                    }
                    if let quota = entry.quota(regime: regime, settings: settings) {
                        out.append("")
                        out.append(
                            "Chỉ tiêu: tối đa \(quota.percent)% số \(Catalogue.shortName(quota.of)) – \(quota.basis.citation) (\(quota.basis.status.vietnamese))."
                        )
                    }
                }
            }
        }
        out.append("")
        return out.joined(separator: "\n")
    }
}

extension Double {
    /// 0.3 -> "0,3", 12.0 -> "12": the Vietnamese decimal comma.
    var formatted: String {
        let text = self == rounded() ? String(Int(self)) : String(self)
        return String(text.map { $0 == "." ? "," : $0 })
    }
}
