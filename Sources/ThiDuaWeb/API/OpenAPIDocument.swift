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

    /// The operations, one file per feature under `API/OpenAPI/`.
    static var operations: [Operation] {
        accountOperations + organizationOperations + peopleOperations + historyOperations + eligibilityOperations
            + movementsOperations
    }

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

    @Sendable static func serve(req: Request) async throws -> APIResult<JSONValue> {
        APIResult(document())
    }
}
