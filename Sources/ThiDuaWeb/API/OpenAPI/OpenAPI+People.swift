import ThiDuaCore
import Vapor

/// People and their moves.
extension OpenAPIDocument {
    static let peopleOperations: [Operation] = [
        Operation(
            method: .GET, path: "/people", summary: "Danh sách cán bộ trong phạm vi được xem", tag: "people",
            query: listQuery + [
                ("unit", "string", "UUID đơn vị"), ("status", "string", "working, retired hoặc moved"),
            ],
            response: (200, "PersonPage")),
        Operation(
            method: .POST, path: "/people", summary: "Thêm người", tag: "people", body: "PersonDraft",
            response: (201, "Person")),
        Operation(
            method: .GET, path: "/people/{personID}", summary: "Chi tiết và quá trình công tác", tag: "people",
            response: (200, "PersonDetail")),
        Operation(
            method: .PUT, path: "/people/{personID}", summary: "Sửa thông tin (kèm version)", tag: "people",
            body: "PersonUpdate", response: (200, "Person")),
        Operation(
            method: .POST, path: "/people/{personID}/deactivate", summary: "Ngừng theo dõi (nghỉ hưu, chuyển công tác)",
            tag: "people",
            body: "PersonDeactivate", response: (200, "Person")),
        Operation(
            method: .POST, path: "/people/{personID}/move", summary: "Chuyển đơn vị, giữ quá trình công tác (quản trị)",
            tag: "people",
            body: "PersonMoveRequest", response: (200, "Person")),
    ]
}
