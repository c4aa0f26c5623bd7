import ThiDuaCore
import Vapor

/// Anniversaries, movements and registrations.
extension OpenAPIDocument {
    static let movementsOperations: [Operation] = [
        Operation(
            method: .GET, path: "/anniversaries",
            summary: "Ngày kỷ niệm của một năm, theo thứ tự ngày (tính, không lưu)", tag: "movements",
            query: [("year", "integer", "Năm (mặc định năm nay)")], response: (200, "AnniversaryList")),
        Operation(
            method: .GET, path: "/movements", summary: "Phong trào thi đua (dự thảo chỉ với người quản lý)",
            tag: "movements",
            query: [
                ("year", "integer", "Năm"), ("status", "string", "draft, launched, midTermReviewed hoặc closed"),
                ("scope", "string", "organization, bloc hoặc unit"),
            ], response: (200, "MovementList")),
        Operation(
            method: .POST, path: "/movements", summary: "Thêm phong trào (dự thảo)", tag: "movements",
            body: "MovementDraft", response: (201, "Movement")),
        Operation(
            method: .GET, path: "/movements/{movementID}", summary: "Chi tiết phong trào", tag: "movements",
            response: (200, "Movement")),
        Operation(
            method: .PUT, path: "/movements/{movementID}", summary: "Sửa phong trào (kèm version)", tag: "movements",
            body: "MovementUpdate", response: (200, "Movement")),
        Operation(
            method: .POST, path: "/movements/{movementID}/status", summary: "Phát động, sơ kết, tổng kết (kèm version)",
            tag: "movements",
            body: "MovementStatusRequest", response: (200, "Movement")),
        Operation(
            method: .GET, path: "/movements/{movementID}/registrations",
            summary: "Tình hình đăng ký của các đơn vị tham gia", tag: "movements",
            response: (200, "ParticipationList")),
        Operation(
            method: .PUT, path: "/movements/{movementID}/registrations/{unitID}",
            summary: "Đăng ký thi đua của đơn vị (version 0 khi đăng ký lần đầu)",
            tag: "movements", body: "RegistrationRequest", response: (200, "RegistrationResult")),
    ]
}
