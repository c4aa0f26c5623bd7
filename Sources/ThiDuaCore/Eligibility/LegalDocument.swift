/// docs/LEGAL.md, generated from the catalogue so that the two cannot drift (a test compares them).
/// Regenerate with `swift run thidua catalogue > docs/LEGAL.md`.
public enum LegalDocument {
    public static func markdown(settings: EligibilitySettings = .defaults, rewards: RewardSettings = .defaults)
        -> String
    {
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
            "Năm xét áp dụng chế độ có hiệu lực vào ngày xét đề nghị: ngày do yêu cầu nêu (`proposalDate`), nếu không thì ngày trong cài đặt của tổ chức (mặc định 31/12 của chính năm xét; có thể là một ngày của năm sau). Việc đang bị điều tra, thanh tra, khiếu nại cũng xét vào ngày đó. Không tìm thấy văn bản gắn chế độ với năm thành tích (LAW.md, rà soát lần hai, mục 5)."
        )
        out.append("")
        out.append("## Sửa đổi chưa đối chiếu")
        out.append("")
        for a in Catalogue.amendments {
            out.append(
                "- \(a.document), hiệu lực từ \(a.effectiveFrom.vietnamese) (\(a.status.vietnamese)). Mọi kết quả có ngày xét đề nghị từ ngày đó mang cảnh báo: “\(a.warning)”"
            )
        }
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
            "- Một thành tích chỉ được khen một lần (Luật 06/2022 Điều 5 khoản 2 điểm c, đã đối chiếu): khi đã được tặng một danh hiệu, hình thức có thời gian tính thành tích trên một năm, lần xét sau của cùng danh hiệu, hình thức đó chỉ tính các năm, danh hiệu, khen thưởng và sáng kiến sau năm được tặng (chu kỳ mới). Danh hiệu tặng trước 2024 vẫn được tính (Điều 95), nhưng chỉ một lần."
        )
        out.append(
            "- Công nhân, nông dân, thành viên hợp tác xã, người lao động không phải công chức, viên chức đạt Lao động tiên tiến do lao động sản xuất có hiệu quả, không theo xếp loại (Luật 06/2022 Điều 24; Luật 2013 Điều 24 khoản 3): kết quả là *cần xem xét*. Đối tượng chưa ghi được coi là viên chức."
        )
        out.append(
            "- Các điều kiện về ý thức (đoàn kết, chấp hành, tham gia thi đua) được nêu như lời nhắc, không làm kết quả thành *cần xem xét*."
        )
        out.append("")
        out.append("## Cài đặt của tổ chức (mặc định)")
        out.append("")
        out.append("| cài đặt | mặc định | ý nghĩa |")
        out.append("|---|---|---|")
        out.append(
            "| `referenceMonth`, `referenceDay`, `referenceNextYear` | \(settings.referenceDay)/\(settings.referenceMonth) \(settings.referenceNextYear ? "năm sau" : "cùng năm") | ngày xét đề nghị: chọn chế độ pháp lý của năm xét và ngày xét việc đang bị điều tra, khiếu nại |"
        )
        out.append(
            "| `leadershipTenure` | \(settings.leadershipTenure.map { "\($0.post): \($0.period(reduced: false))" }.joined(separator: "; ")) | thời gian giữ chức vụ lãnh đạo để xét Huân chương Lao động hạng Ba theo quá trình cống hiến (Luật 06/2022 Điều 44 khoản 1 điểm g; mặc định theo Nghị định 152/2025 Điều 21, nguồn thứ cấp; theo Nghị định 98/2023 chưa tìm thấy) |"
        )
        out.append(
            "| `womenTenureReduced` | \(settings.womenTenureReduced ? "có" : "không") | nữ được giảm một phần ba thời gian giữ chức vụ (Nghị định 98/2023 Điều 4, đã đối chiếu) |"
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
        out.append("")
        out.append("## Mức lương cơ sở và tiền thưởng")
        out.append("")
        out.append(
            "Tiền thưởng = hệ số × mức lương cơ sở có hiệu lực vào ngày quyết định (khi chưa có quyết định: ngày xét đề nghị), làm tròn lên hàng chục nghìn đồng (Nghị định 91/2017 Điều 68 khoản 2; Nghị định 152/2025 Điều 49 khoản 2, đã đối chiếu). Tập thể được gấp hai lần cá nhân với Giấy khen, Bằng khen, Huân chương. Bảng lương cơ sở và các hệ số chưa tìm thấy là cài đặt của tổ chức (quản trị viên sửa)."
        )
        out.append("")
        out.append("| từ ngày | mức (đồng) | căn cứ | mức độ |")
        out.append("|---|---|---|---|")
        for step in rewards.baseSalary.steps {
            out.append(
                "| \(step.from.vietnamese) | \(VietnameseNumber.grouped(step.amount)) | \(step.basis) | \(step.status.vietnamese) |"
            )
        }
        for entry in Catalogue.entries {
            out.append("")
            out.append("## `\(entry.code)` – \(entry.name)")
            out.append("")
            out.append(
                "- Loại: \(entry.kind.vietnamese.lowercased()); đối tượng: \(entry.subjectKinds.map { $0.vietnamese.lowercased() }.joined(separator: ", ")); cấp: \(entry.level.vietnamese.lowercased())."
            )
            out.append("- Thẩm quyền: \(entry.authority).")
            if entry.window > 1 {
                out.append(
                    "- Chu kỳ: thời gian tính thành tích \(entry.window) năm; sau khi được tặng, lần xét sau chỉ tính các năm, danh hiệu, khen thưởng và sáng kiến từ năm sau năm được tặng."
                )
            }
            out.append("- Tiền thưởng (lần mức lương cơ sở):")
            for regime in LegalRegime.allCases {
                let parts = entry.subjectKinds.map { kind -> String in
                    let who = entry.subjectKinds.count > 1 ? "\(kind.vietnamese.lowercased()): " : ""
                    guard let m = Catalogue.rewardMultiple(entry.code, kind, regime, rewards) else {
                        return "\(who)không có mức (chưa tìm thấy; tổ chức có thể đặt trong cài đặt)"
                    }
                    let setting = m.isSetting ? ", **cài đặt của tổ chức**" : ""
                    return "\(who)\(m.text) – \(m.basis.citation) (\(m.basis.status.vietnamese)\(setting))"
                }
                out.append("  - `\(regime.rawValue)`: \(parts.joined(separator: "; ")).")
            }
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
