import Foundation

/// The few solar positions holiday rules need, after Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998).
///
/// Checked against PyEphem 4.x for 2000–2100: equinoxes (chapter 27, periodic terms) within 3 minutes;
/// other solar longitudes (chapter 25, low accuracy) within 22 minutes. Callers mark a date as an estimate when
/// the instant falls closer than that to local midnight.
enum Astronomy {
    /// Julian Ephemeris Day of 2000-01-01T12:00 TT.
    static let j2000 = 2_451_545.0

    /// The March (`0`) or September (`180`) equinox of a year as seconds since 1970 UT (Meeus chapter 27).
    static func equinox(year: Int, september: Bool) -> Double {
        let y = Double(year - 2000) / 1000
        let mean =
            september
            ? 2_451_810.217_15 + 365_242.017_67 * y - 0.115_75 * y * y + 0.003_37 * pow(y, 3) + 0.000_78 * pow(y, 4)
            : 2_451_623.809_84 + 365_242.374_04 * y + 0.051_69 * y * y - 0.004_11 * pow(y, 3) - 0.000_57 * pow(y, 4)
        let t = (mean - j2000) / 36_525
        let w = radians(35_999.373 * t - 2.47)
        let lambdaChange = 1 + 0.0334 * cos(w) + 0.0007 * cos(2 * w)
        let sum = periodicTerms.reduce(0.0) { $0 + $1.0 * cos(radians($1.1 + $1.2 * t)) }
        return unixSeconds(julianEphemerisDay: mean + 0.000_01 * sum / lambdaChange)
    }

    /// The instant (seconds since 1970 UT) in `year` at which the Sun's apparent longitude reaches `degrees`
    /// (Meeus chapter 25, low accuracy, solved by fixed-point iteration).
    static func solarLongitude(_ degrees: Double, year: Int) -> Double {
        let daysPerDegree = 365.2422 / 360
        var jde =
            j2000 + Double(year - 2000) * 365.2422 + (degrees - 280).truncatingRemainder(dividingBy: 360)
            .positiveDegrees * daysPerDegree - 10
        for _ in 0..<8 {
            let gap = (degrees - apparentLongitude(jde) + 540).truncatingRemainder(dividingBy: 360) - 180
            jde += gap * daysPerDegree
        }
        return unixSeconds(julianEphemerisDay: jde)
    }

    /// The Sun's apparent longitude in degrees at a Julian Ephemeris Day (Meeus chapter 25, low accuracy).
    static func apparentLongitude(_ jde: Double) -> Double {
        let t = (jde - j2000) / 36_525
        let meanLongitude = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t
        let anomaly = radians(357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t)
        let center =
            (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin(anomaly)
            + (0.019_993 - 0.000_101 * t) * sin(2 * anomaly) + 0.000_289 * sin(3 * anomaly)
        let node = radians(125.04 - 1_934.136 * t)
        return (meanLongitude + center - 0.005_69 - 0.004_78 * sin(node)).truncatingRemainder(dividingBy: 360)
            .positiveDegrees
    }

    /// TT − UT in seconds (Espenak & Meeus polynomial for 2005–2050, used unchanged a little beyond).
    static func deltaT(year: Double) -> Double {
        let t = year - 2000
        return 62.92 + 0.322_17 * t + 0.005_589 * t * t
    }

    private static func unixSeconds(julianEphemerisDay jde: Double) -> Double {
        let terrestrial = (jde - 2_440_587.5) * 86_400
        return terrestrial - deltaT(year: 1970 + terrestrial / 31_556_952)
    }

    /// Meeus table 27.C: amplitude, phase (°), rate (°/century).
    private static let periodicTerms: [(Double, Double, Double)] = [
        (485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
        (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
        (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
        (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
        (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
        (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074),
    ]
}

extension Double {
    /// An angle folded into [0, 360).
    fileprivate var positiveDegrees: Double { self < 0 ? self + 360 : self }
}
