import ThiDuaCore
import Vapor

/// The OpenAPI 3 description of /api/v1, written by hand. A test compares it with the
/// registered routes both ways, so a route cannot be added or removed without updating it.
enum OpenAPIDocument {
    struct Operation {
        var method: HTTPMethod
        /// OpenAPI form, e.g. `/units/{unitID}`.
        var path: String
        var summary: String
        var tag: String
        var query: [(String, String, String)] = []
        var body: String?
        var response: (Int, String?)
        var secured = true
    }

    static let listQuery: [(String, String, String)] = [
        ("q", "string", "Tìm không phân biệt dấu, hoa thường"),
        ("page", "integer", "Trang, bắt đầu từ 1"),
        ("per", "integer", "Số dòng mỗi trang (tối đa \(ListQuery.maxPerPage))"),
    ]

    static let operations: [Operation] = [
        Operation(
            method: .POST, path: "/auth/login", summary: "Đăng nhập, nhận bearer token", tag: "auth",
            body: "LoginRequest", response: (200, "LoginResult"), secured: false),
        Operation(
            method: .POST, path: "/auth/logout", summary: "Thu hồi token đang dùng", tag: "auth", response: (204, nil)),
        Operation(
            method: .GET, path: "/me", summary: "Tài khoản đang đăng nhập", tag: "auth", response: (200, "Account")),
        Operation(
            method: .GET, path: "/openapi.json", summary: "Tài liệu OpenAPI này", tag: "meta", response: (200, nil),
            secured: false),

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

        Operation(
            method: .GET, path: "/people/{personID}/history", summary: "Quá trình thi đua, khen thưởng của cá nhân",
            tag: "history", response: (200, "SubjectHistory")),
        Operation(
            method: .POST, path: "/people/{personID}/history",
            summary: "Thêm xếp loại, sáng kiến, kỷ luật, việc đang xem xét hoặc khen thưởng đã có", tag: "history",
            body: "HistoryDraft", response: (201, "HistoryEntry")),
        Operation(
            method: .GET, path: "/units/{unitID}/history", summary: "Quá trình thi đua, khen thưởng của tập thể",
            tag: "history", response: (200, "SubjectHistory")),
        Operation(
            method: .POST, path: "/units/{unitID}/history", summary: "Thêm thông tin vào quá trình của tập thể",
            tag: "history",
            body: "HistoryDraft", response: (201, "HistoryEntry")),
        Operation(
            method: .PUT, path: "/history/{entryID}", summary: "Sửa một thông tin (kèm version)", tag: "history",
            body: "HistoryUpdate", response: (200, "HistoryEntry")),
        Operation(
            method: .POST, path: "/history/{entryID}/withdraw",
            summary: "Rút một thông tin (kèm lý do); thông tin được giữ, không bị xóa", tag: "history",
            body: "WithdrawRequest", response: (200, "WithdrawnEntry")),
        Operation(
            method: .POST, path: "/history/{entryID}/restore", summary: "Khôi phục một thông tin đã rút",
            tag: "history", response: (200, "HistoryEntry")),
        Operation(
            method: .GET, path: "/award-codes", summary: "Mã danh hiệu, hình thức khen thưởng (có sẵn và của tổ chức)",
            tag: "history", response: (200, "AwardCodeList")),
        Operation(
            method: .POST, path: "/award-codes", summary: "Thêm mã của tổ chức (quản trị)", tag: "history",
            body: "AwardCodeRequest", response: (201, "AwardCode")),
        Operation(
            method: .GET, path: "/audit", summary: "Nhật ký thay đổi trong phạm vi được xem", tag: "audit",
            query: [
                ("entity", "string", "Bảng dữ liệu, ví dụ people"), ("actor", "string", "Tên đăng nhập"),
                ("page", "integer", "Trang"), ("per", "integer", "Số dòng mỗi trang"),
            ], response: (200, "AuditPage")),

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

    static func document() -> JSONValue {
        var paths: [String: JSONValue] = [:]
        for op in operations {
            var entry: [String: JSONValue] = [:]
            if case .object(let existing)? = paths[op.path] { entry = existing }
            entry[op.method.rawValue.lowercased()] = operation(op)
            paths[op.path] = .object(entry)
        }
        return [
            "openapi": "3.0.3",
            "info": [
                "title": "thidua API",
                "version": "1.0.0",
                "description":
                    "Quản lý thi đua, khen thưởng. Lỗi trả về {error, reason, fields} với thông báo tiếng Việt.",
            ],
            "servers": [["url": "/api/v1"]],
            "paths": .object(paths),
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "schemas": .object(schemas),
            ],
        ]
    }

    private static func operation(_ op: Operation) -> JSONValue {
        var parameters: [JSONValue] = []
        for name in op.path.split(separator: "/").filter({ $0.hasPrefix("{") }) {
            parameters.append([
                "name": .string(String(name.dropFirst().dropLast())), "in": "path", "required": true,
                "schema": ["type": "string", "format": "uuid"],
            ])
        }
        for (name, type, description) in op.query {
            parameters.append([
                "name": .string(name), "in": "query", "required": false, "description": .string(description),
                "schema": ["type": .string(type)],
            ])
        }
        var responses: [String: JSONValue] = [
            "400": ref("Dữ liệu không đúng định dạng", "Error"),
            "422": ref("Dữ liệu chưa hợp lệ", "Error"),
        ]
        if op.secured {
            responses["401"] = ref("Thiếu hoặc sai token", "Error")
            responses["403"] = ref("Không có quyền", "Error")
        }
        if op.path.contains("{") { responses["404"] = ref("Không tìm thấy hoặc ngoài phạm vi được xem", "Error") }
        if op.method == .PUT || op.body != nil {
            responses["409"] = ref("Bản ghi đã bị người khác sửa (version cũ)", "Error")
        }
        if op.path == "/auth/login" { responses["429"] = ref("Đăng nhập sai quá nhiều lần", "Error") }
        let (code, schema) = op.response
        responses[String(code)] = schema.map { ref("Thành công", $0) } ?? ["description": "Thành công"]
        var result: [String: JSONValue] = [
            "summary": .string(op.summary),
            "tags": [.string(op.tag)],
            "operationId": .string(
                op.method.rawValue.lowercased()
                    + op.path.split(separator: "/").map {
                        $0.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "").capitalized
                    }.joined().replacingOccurrences(of: ".", with: "")),
            "parameters": .array(parameters),
            "responses": .object(responses),
        ]
        if let body = op.body {
            result["requestBody"] = [
                "required": true,
                "content": ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(body)")]]],
            ]
        }
        result["security"] = op.secured ? [["bearer": []]] : []
        return .object(result)
    }

    private static func ref(_ description: String, _ schema: String) -> JSONValue {
        [
            "description": .string(description),
            "content": ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(schema)")]]],
        ]
    }

    private static func object(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        // OpenAPI 3.0 (JSON Schema draft 4) refuses an empty `required`.
        required.isEmpty
            ? ["type": "object", "properties": .object(properties)]
            : ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    private static func enumeration(_ values: [String]) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) })]
    }

    private static func page(_ item: String) -> JSONValue {
        object(
            [
                "items": ["type": "array", "items": ["$ref": .string("#/components/schemas/\(item)")]],
                "metadata": object(
                    [
                        "page": ["type": "integer"], "per": ["type": "integer"], "total": ["type": "integer"],
                        "pageCount": ["type": "integer"],
                    ],
                    required: ["page", "per", "total", "pageCount"]),
            ],
            required: ["items", "metadata"])
    }

    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let date: JSONValue = ["type": "string", "format": "date"]
    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]

    static var schemas: [String: JSONValue] {
        let unitDraft: [String: JSONValue] = [
            "code": string, "name": string, "shortName": string,
            "kind": enumeration(OrgUnit.Kind.allCases.map(\.rawValue)), "parentID": uuid, "activeFrom": date,
        ]
        let blocDraft: [String: JSONValue] = [
            "code": string, "name": string, "kind": enumeration(Bloc.Kind.allCases.map(\.rawValue)), "note": string,
        ]
        let personDraft: [String: JSONValue] = [
            "fullName": string, "gender": enumeration(Person.Gender.allCases.map(\.rawValue)),
            "birthYear": integer, "unitID": uuid, "position": string,
            "status": enumeration(Person.Status.allCases.map(\.rawValue)),
        ]
        let historyDraft: [String: JSONValue] = [
            "kind": enumeration(HistoryEntry.Kind.allCases.map(\.rawValue)), "year": integer,
            "value": [
                "type": "string",
                "description":
                    "Xếp loại, phạm vi sáng kiến, hình thức kỷ luật, loại việc đang xem xét, hoặc mã khen thưởng",
            ],
            "title": string, "from": date, "to": date, "decisionNumber": string, "decisionDate": date,
            "authority": string,
            "commendationType": enumeration(CommendationType.allCases.map(\.rawValue)), "revoked": ["type": "boolean"],
        ]
        func with(_ base: [String: JSONValue], _ extra: [String: JSONValue]) -> [String: JSONValue] {
            base.merging(extra) { $1 }
        }
        return [
            "Error": object(
                [
                    "error": ["type": "boolean"], "reason": string,
                    "fields": [
                        "type": "array",
                        "items": object(["field": string, "message": string], required: ["field", "message"]),
                    ],
                ],
                required: ["error", "reason"]),
            "LoginRequest": object(
                ["username": string, "password": ["type": "string", "format": "password"]],
                required: ["username", "password"]),
            "LoginResult": object(
                [
                    "token": string, "expiresAt": ["type": "string", "format": "date-time"],
                    "account": ["$ref": "#/components/schemas/Account"],
                ],
                required: ["token", "expiresAt", "account"]),
            "Account": object(
                [
                    "id": uuid, "username": string, "displayName": string,
                    "role": enumeration(Role.allCases.map(\.rawValue)),
                    "unitID": uuid, "blocID": uuid, "active": ["type": "boolean"],
                ],
                required: ["id", "username", "displayName", "role", "active"]),
            "OrgUnit": object(
                with(unitDraft, ["id": uuid, "activeTo": date, "version": integer]),
                required: ["id", "code", "name", "shortName", "kind", "version"]),
            "OrgUnitDraft": object(unitDraft, required: ["code", "name", "kind"]),
            "OrgUnitUpdate": object(
                with(unitDraft, ["version": integer]), required: ["code", "name", "kind", "version"]),
            "OrgUnitPage": page("OrgUnit"),
            "Deactivate": object(["version": integer, "on": date], required: ["version"]),
            "Bloc": object(
                with(blocDraft, ["id": uuid, "activeTo": date, "version": integer]),
                required: ["id", "code", "name", "kind", "note", "version"]),
            "BlocDraft": object(blocDraft, required: ["code", "name", "kind"]),
            "BlocUpdate": object(with(blocDraft, ["version": integer]), required: ["code", "name", "kind", "version"]),
            "BlocPage": page("Bloc"),
            "BlocMembership": object(
                [
                    "id": uuid, "blocID": uuid, "unitID": uuid, "year": integer,
                    "role": enumeration(BlocMembership.Role.allCases.map(\.rawValue)),
                    // A secretary's addition of a unit new to the bloc waits for the admin until true.
                    "confirmed": ["type": "boolean"],
                ],
                required: ["id", "blocID", "unitID", "year", "role", "confirmed"]),
            "BlocMember": object(
                [
                    "membership": ["$ref": "#/components/schemas/BlocMembership"],
                    "unit": ["$ref": "#/components/schemas/OrgUnit"],
                ],
                required: ["membership", "unit"]),
            "BlocMemberList": ["type": "array", "items": ["$ref": "#/components/schemas/BlocMember"]],
            "MembershipRequest": object(
                ["unitID": uuid, "year": integer, "role": enumeration(BlocMembership.Role.allCases.map(\.rawValue))],
                required: ["unitID", "year", "role"]),
            "Person": object(
                with(personDraft, ["id": uuid, "version": integer]),
                required: ["id", "fullName", "gender", "unitID", "position", "status", "version"]),
            "PersonDraft": object(personDraft, required: ["fullName", "gender"]),
            "PersonUpdate": object(
                with(personDraft, ["version": integer]), required: ["fullName", "gender", "version"]),
            "PersonRow": object(
                ["person": ["$ref": "#/components/schemas/Person"], "unitCode": string, "unitName": string],
                required: ["person", "unitCode", "unitName"]),
            "PersonPage": page("PersonRow"),
            "PersonAssignment": object(
                ["unitID": uuid, "unitName": string, "position": string, "from": date, "to": date],
                required: ["unitID", "unitName", "position", "from"]),
            "PersonDetail": object(
                [
                    "person": ["$ref": "#/components/schemas/Person"], "unit": ["$ref": "#/components/schemas/OrgUnit"],
                    "assignments": ["type": "array", "items": ["$ref": "#/components/schemas/PersonAssignment"]],
                ],
                required: ["person", "unit", "assignments"]),
            "HistoryDraft": object(historyDraft, required: ["kind"]),
            "HistoryUpdate": object(with(historyDraft, ["version": integer]), required: ["version"]),
            "HistoryEntry": object(
                [
                    "id": uuid, "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)), "subjectID": uuid,
                    "kind": enumeration(HistoryEntry.Kind.allCases.map(\.rawValue)), "year": integer, "value": string,
                    "title": string, "from": date, "to": date, "decisionNumber": string, "decisionDate": date,
                    "authority": string, "commendationType": enumeration(CommendationType.allCases.map(\.rawValue)),
                    "revoked": ["type": "boolean"], "version": integer,
                ],
                required: ["id", "subjectKind", "subjectID", "kind", "value", "version"]),
            "WithdrawRequest": object(
                ["reason": ["type": "string", "minLength": 1, "maxLength": .int(WithdrawnEntry.maxReasonLength)]],
                required: ["reason"]),
            "WithdrawnEntry": object(
                [
                    "entry": ["$ref": "#/components/schemas/HistoryEntry"], "reason": string, "withdrawnBy": string,
                    "withdrawnAt": ["type": "string", "format": "date-time"],
                ],
                required: ["entry", "reason", "withdrawnBy", "withdrawnAt"]),
            "SubjectHistory": object(
                [
                    "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)), "subjectID": uuid, "name": string,
                    "entries": ["type": "array", "items": ["$ref": "#/components/schemas/HistoryEntry"]],
                ],
                required: ["subjectKind", "subjectID", "name", "entries"]),
            "AwardCode": object(
                [
                    "code": string, "name": string, "kind": enumeration(AwardCode.Kind.allCases.map(\.rawValue)),
                    "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)), "builtIn": ["type": "boolean"],
                ],
                required: ["code", "name", "kind", "builtIn"]),
            "AwardCodeList": ["type": "array", "items": ["$ref": "#/components/schemas/AwardCode"]],
            "AwardCodeRequest": object(
                [
                    "code": string, "name": string, "kind": enumeration(AwardCode.Kind.allCases.map(\.rawValue)),
                    "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)),
                ], required: ["code", "name", "kind"]),
            "AuditEvent": object(
                [
                    "seq": integer, "atMillis": integer, "actor": string,
                    "action": enumeration(AuditEvent.Action.allCases.map(\.rawValue)),
                    "entity": string, "entityID": string, "unitID": uuid, "oldValue": string, "newValue": string,
                    "previousHash": string, "hash": string,
                ],
                required: ["seq", "atMillis", "actor", "action", "entity", "entityID", "previousHash", "hash"]),
            "AuditPage": page("AuditEvent"),
            "PersonDeactivate": object(
                ["version": integer, "status": enumeration(["retired", "moved"])], required: ["version", "status"]),
            "PersonMoveRequest": object(
                ["version": integer, "toUnitID": uuid, "position": string, "on": date],
                required: ["version", "toUnitID", "on"]),
        ].merging(eligibilitySchemas) { a, _ in a }.merging(movementSchemas) { a, _ in a }
    }

    static var movementSchemas: [String: JSONValue] {
        let draft: [String: JSONValue] = [
            "year": string, "kind": enumeration(Movement.Kind.allCases.map(\.rawValue)),
            "scopeKind": enumeration(Movement.ScopeKind.allCases.map(\.rawValue)),
            "scopeID": string, "title": string, "theme": string,
            "slogans": ["type": "string", "description": "Mỗi dòng một khẩu hiệu"],
            "launchedBy": string, "periodFrom": date, "periodTo": date,
            "targets": ["type": "string", "description": "Mỗi dòng một chỉ tiêu"],
            "anniversaryID": string, "codes": ["type": "array", "items": string], "registrationDeadline": date,
        ]
        let strings: JSONValue = ["type": "array", "items": string]
        return [
            "AnniversaryList": [
                "type": "array",
                "items": object(
                    [
                        "name": string, "originDate": date, "date": date, "years": integer,
                        "round": ["type": "boolean"], "label": string,
                    ],
                    required: ["name", "originDate", "date", "years", "round", "label"]),
            ],
            "MovementDraft": object(
                draft,
                required: [
                    "year", "kind", "scopeKind", "scopeID", "title", "theme", "slogans", "launchedBy", "periodFrom",
                    "periodTo", "targets", "anniversaryID", "codes", "registrationDeadline",
                ]),
            "MovementUpdate": object(
                ["version": integer, "movement": ["$ref": "#/components/schemas/MovementDraft"]],
                required: ["version", "movement"]),
            "MovementStatusRequest": object(
                ["version": integer, "status": enumeration(Movement.Status.allCases.map(\.rawValue)), "on": date],
                required: ["version", "status"]),
            "Movement": object(
                [
                    "id": uuid, "year": integer, "kind": enumeration(Movement.Kind.allCases.map(\.rawValue)),
                    "scopeKind": enumeration(Movement.ScopeKind.allCases.map(\.rawValue)), "scopeID": uuid,
                    "title": string, "theme": string,
                    "slogans": strings, "launchedBy": string, "periodFrom": date, "periodTo": date, "targets": strings,
                    "anniversaryID": uuid,
                    "codes": strings, "registrationDeadline": date,
                    "status": enumeration(Movement.Status.allCases.map(\.rawValue)),
                    "history": [
                        "type": "array",
                        "items": object(
                            ["status": string, "on": date, "by": string], required: ["status", "on", "by"]),
                    ],
                    "planNumber": integer, "results": string, "resultsPublished": ["type": "boolean"],
                    "version": integer,
                ],
                required: ["id", "year", "kind", "scopeKind", "title", "periodFrom", "periodTo", "status", "version"]),
            "MovementList": ["type": "array", "items": ["$ref": "#/components/schemas/Movement"]],
            "IndividualTarget": object(["personID": uuid, "codes": strings], required: ["personID", "codes"]),
            "Registration": object(
                [
                    "id": uuid, "movementID": uuid, "unitID": uuid, "collectiveCodes": strings,
                    "individual": ["type": "array", "items": ["$ref": "#/components/schemas/IndividualTarget"]],
                    "registeredBy": string, "registeredOn": date, "version": integer,
                ],
                required: [
                    "id", "movementID", "unitID", "collectiveCodes", "individual", "registeredBy", "registeredOn",
                    "version",
                ]),
            "RegistrationRequest": object(
                [
                    "version": integer, "collective": strings,
                    "individual": ["type": "array", "items": ["$ref": "#/components/schemas/IndividualTarget"]],
                ],
                required: ["version", "collective", "individual"]),
            "RegistrationResult": object(
                [
                    "registration": ["$ref": "#/components/schemas/Registration"],
                    "warnings": [
                        "type": "array",
                        "items": object(
                            ["subject": string, "code": string, "reasons": strings],
                            required: ["subject", "code", "reasons"]),
                    ],
                ],
                required: ["registration", "warnings"]),
            "ParticipationList": [
                "type": "array",
                "items": object(
                    [
                        "unitID": uuid, "unitName": string, "registered": ["type": "boolean"],
                        "late": ["type": "boolean"], "registration": ["$ref": "#/components/schemas/Registration"],
                    ],
                    required: ["unitID", "unitName", "registered", "late"]),
            ],
        ]
    }

    static var eligibilitySchemas: [String: JSONValue] {
        let codes = enumeration(Catalogue.entries.map(\.code))
        let nullableInteger: JSONValue = ["type": "integer", "nullable": true]
        let span: JSONValue = object(
            ["from": date, "to": ["type": "string", "format": "date", "nullable": true]], required: ["from"])
        let settings: [String: JSONValue] = [
            "referenceMonth": integer, "referenceDay": integer, "cstdcsQuotaPercentOld": nullableInteger,
            "cstdcsQuotaPercent": nullableInteger, "coCPQuotaPercentOld": nullableInteger,
            "coCPQuotaPercent": nullableInteger, "coBoRequiresTTLDXS": ["type": "boolean"],
        ]
        return [
            "EligibilityRequest": object(
                [
                    "year": integer,
                    "subjects": ["type": "array", "items": ["$ref": "#/components/schemas/EligibilitySubject"]],
                    "codes": ["type": "array", "items": codes],
                    "settings": object(settings, required: []),
                ], required: ["year", "subjects"]),
            "EligibilitySubject": object(
                [
                    "id": string, "name": string, "kind": enumeration(SubjectKind.allCases.map(\.rawValue)),
                    "gender": enumeration(Person.Gender.allCases.map(\.rawValue)),
                    "ratings": [
                        "type": "object", "description": "Năm → xếp loại",
                        "additionalProperties": enumeration(Rating.allCases.map(\.rawValue)),
                    ],
                    "titles": [
                        "type": "array",
                        "items": object(
                            ["code": string, "year": integer, "revoked": ["type": "boolean"]],
                            required: ["code", "year"]),
                    ],
                    "awards": [
                        "type": "array",
                        "items": object(
                            [
                                "code": string, "year": integer, "revoked": ["type": "boolean"],
                                "type": enumeration(CommendationType.allCases.map(\.rawValue)),
                            ], required: ["code", "year"]),
                    ],
                    "initiatives": [
                        "type": "array",
                        "items": object(
                            ["year": integer, "scope": enumeration(InitiativeScope.allCases.map(\.rawValue))],
                            required: ["year", "scope"]),
                    ],
                    "discipline": ["type": "array", "items": span],
                    "pending": [
                        "type": "array",
                        "items": object(
                            [
                                "kind": enumeration(PendingKind.allCases.map(\.rawValue)), "from": date,
                                "to": ["type": "string", "format": "date", "nullable": true],
                            ], required: ["kind", "from"]),
                    ],
                    "members": [
                        "type": "object", "nullable": true,
                        "description":
                            "Tập thể: total, completed, disciplined, women và số thành viên đạt từng mã, ví dụ LDTT",
                        "additionalProperties": integer,
                    ],
                ], required: ["id", "kind"]),
            "EligibilityResponse": object(
                ["results": ["type": "array", "items": ["$ref": "#/components/schemas/EligibilityResult"]]],
                required: ["results"]),
            "EligibilityResult": object(
                [
                    "subject": string, "code": string, "name": string, "year": integer,
                    "regime": enumeration(LegalRegime.allCases.map(\.rawValue)),
                    "regimeName": string, "outcome": enumeration(EligibilityResult.Outcome.allCases.map(\.rawValue)),
                    "reasons": [
                        "type": "array",
                        "items": object(
                            [
                                "rule": string, "route": string, "holds": ["type": "boolean", "nullable": true],
                                "text": string, "basis": string, "verified": ["type": "boolean"],
                                "status": enumeration(["verified", "secondary", "inferred", "unverified"]),
                            ],
                            required: ["rule", "holds", "text", "basis", "verified", "status"]),
                    ],
                    "reminders": [
                        "type": "array",
                        "items": object(["text": string, "basis": string], required: ["text", "basis"]),
                    ],
                ], required: ["subject", "code", "year", "regime", "outcome", "reasons"]),
            "EligibilitySettings": object(
                settings, required: Array(settings.keys).filter { !$0.contains("Quota") }.sorted()),
            "EligibilitySettingsBody": object(
                ["settings": ["$ref": "#/components/schemas/EligibilitySettings"], "version": integer],
                required: ["settings", "version"]),
            "EligibilitySweep": object(
                [
                    "code": string, "year": integer, "regime": string, "note": string,
                    "quota": object(
                        [
                            "percent": integer, "of": string, "base": integer, "cap": integer,
                            "binds": ["type": "boolean"], "basis": string,
                        ],
                        required: ["percent", "of", "base", "cap", "binds", "basis"]),
                    "rows": [
                        "type": "array",
                        "items": object(
                            [
                                "subject": string, "name": string,
                                "kind": enumeration(SubjectKind.allCases.map(\.rawValue)),
                                "outcome": enumeration(EligibilityResult.Outcome.allCases.map(\.rawValue)),
                                "rank": integer, "withinQuota": ["type": "boolean"], "note": string,
                            ],
                            required: ["subject", "name", "kind", "outcome"]),
                    ],
                ], required: ["code", "year", "regime", "rows"]),
        ]
    }

    @Sendable static func serve(req: Request) async throws -> APIResult<JSONValue> {
        APIResult(document())
    }
}
