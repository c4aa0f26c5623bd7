import ThiDuaCore
import Vapor

/// The eligibility engine.
extension OpenAPIDocument {
    static let eligibilityOperations: [Operation] = [
        Operation(
            method: .POST, path: "/eligibility",
            summary: "Xét điều kiện từ quá trình gửi lên (như thidua eligibility --input)", tag: "eligibility",
            body: "EligibilityRequest", response: (200, "EligibilityResponse")),
        Operation(
            method: .GET, path: "/eligibility/sweep",
            summary: "Ai đủ điều kiện cho một danh hiệu trong năm, trong đơn vị, khối hoặc toàn tổ chức",
            tag: "eligibility",
            query: [
                ("code", "string", "Mã danh hiệu, hình thức"), ("year", "integer", "Năm xét (mặc định năm nay)"),
                ("unit", "string", "UUID đơn vị"), ("bloc", "string", "UUID khối; bỏ trống cả hai là toàn tổ chức"),
            ],
            response: (200, "EligibilitySweep")),
        Operation(
            method: .GET, path: "/eligibility/settings", summary: "Cài đặt xét điều kiện của tổ chức",
            tag: "eligibility", response: (200, "EligibilitySettingsBody")),
        Operation(
            method: .PUT, path: "/eligibility/settings", summary: "Sửa cài đặt xét điều kiện (quản trị, kèm version)",
            tag: "eligibility",
            body: "EligibilitySettingsBody", response: (200, "EligibilitySettingsBody")),
        Operation(
            method: .GET, path: "/people/{personID}/eligibility",
            summary: "Điều kiện các danh hiệu, hình thức của cá nhân trong năm", tag: "eligibility",
            query: [("year", "integer", "Năm xét (mặc định năm nay)")], response: (200, "EligibilityResponse")),
        Operation(
            method: .GET, path: "/units/{unitID}/eligibility",
            summary: "Điều kiện các danh hiệu, hình thức của tập thể trong năm", tag: "eligibility",
            query: [("year", "integer", "Năm xét (mặc định năm nay)")], response: (200, "EligibilityResponse")),
    ]
}
