import Vapor
import Plot
