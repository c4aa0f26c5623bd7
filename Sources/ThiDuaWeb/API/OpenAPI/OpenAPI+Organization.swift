import ThiDuaCore
import Vapor

/// Units and blocs with their yearly membership.
extension OpenAPIDocument {
    static let organizationOperations: [Operation] = [
        Operation(
            method: .GET, path: "/units", summary: "Danh sách đơn vị", tag: "units",
            query: listQuery + [("activeOnly", "boolean", "Chỉ đơn vị đang hoạt động")], response: (200, "OrgUnitPage")),
        Operation(
            method: .POST, path: "/units", summary: "Thêm đơn vị (quản trị)", tag: "units", body: "OrgUnitDraft",
            response: (201, "OrgUnit")),
        Operation(
            method: .GET, path: "/units/{unitID}", summary: "Chi tiết đơn vị", tag: "units", response: (200, "OrgUnit")),
        Operation(
            method: .PUT, path: "/units/{unitID}", summary: "Sửa đơn vị (kèm version)", tag: "units",
            body: "OrgUnitUpdate", response: (200, "OrgUnit")),
        Operation(
            method: .POST, path: "/units/{unitID}/deactivate", summary: "Ngừng hoạt động đơn vị", tag: "units",
            body: "Deactivate", response: (200, "OrgUnit")),
        Operation(
            method: .GET, path: "/blocs", summary: "Danh sách khối, cụm thi đua", tag: "blocs", query: listQuery,
            response: (200, "BlocPage")),
        Operation(
            method: .POST, path: "/blocs", summary: "Thêm khối, cụm (quản trị)", tag: "blocs", body: "BlocDraft",
            response: (201, "Bloc")),
        Operation(
            method: .GET, path: "/blocs/{blocID}", summary: "Chi tiết khối, cụm", tag: "blocs", response: (200, "Bloc")),
        Operation(
            method: .PUT, path: "/blocs/{blocID}", summary: "Sửa khối, cụm (kèm version)", tag: "blocs",
            body: "BlocUpdate", response: (200, "Bloc")),
        Operation(
            method: .POST, path: "/blocs/{blocID}/deactivate", summary: "Giải thể khối, cụm", tag: "blocs",
            body: "Deactivate", response: (200, "Bloc")),
        Operation(
            method: .GET, path: "/blocs/{blocID}/memberships", summary: "Thành viên theo năm, trưởng và phó khối",
            tag: "blocs",
            query: [("year", "integer", "Năm; bỏ trống để lấy mọi năm")], response: (200, "BlocMemberList")),
        Operation(
            method: .PUT, path: "/blocs/{blocID}/memberships", summary: "Thêm thành viên hoặc đổi vai trò trong năm",
            tag: "blocs",
            body: "MembershipRequest", response: (200, "BlocMembership")),
        Operation(
            method: .DELETE, path: "/blocs/{blocID}/memberships/{membershipID}", summary: "Bỏ thành viên khỏi năm",
            tag: "blocs", response: (204, nil)),
    ]
}
