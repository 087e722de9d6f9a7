import Foundation

extension Astronomy {
    /// The Moon's geocentric apparent longitude in degrees at a Julian Ephemeris Day: Meeus, *Astronomical
    /// Algorithms* (2nd ed.), chapter 47, with the 24 largest periodic terms of table 47.A and the additive terms
    /// A1–A3 (the omitted terms are each under 0.004°; checked against PyEphem for 2020–2030 within 0.03°, about
    /// three minutes of a tithi).
    static func moonLongitude(_ jde: Double) -> Double {
        let t = (jde - j2000) / 36_525
        let meanLongitude =
            218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t * t + t * t * t / 538_841
        let d = radians(297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t * t + t * t * t / 545_868)
        let m = radians(357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t * t)
        let mPrime = radians(134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t * t + t * t * t / 69_699)
        let f = radians(93.272_095_0 + 483_202.017_523_3 * t - 0.003_653_9 * t * t)
        let eccentricity = 1 - 0.002_516 * t - 0.000_007_4 * t * t
        var sum = 0.0
        for term in moonTerms {
            let argument = term.d * d + term.m * m + term.mPrime * mPrime + term.f * f
            sum += term.amplitude * sin(argument) * pow(eccentricity, abs(term.m))
        }
        let a1 = radians(119.75 + 131.849 * t)
        let a2 = radians(53.09 + 479_264.290 * t)
        sum += 3958 * sin(a1) + 1962 * sin(radians(meanLongitude) - f) + 318 * sin(a2)
        let nutation = -0.004_78 * sin(radians(125.04 - 1_934.136 * t))
        return (meanLongitude + sum / 1_000_000 + nutation).truncatingRemainder(dividingBy: 360).folded
    }

    /// The Julian Ephemeris Day of an instant in seconds since 1970 UT.
    static func julianEphemerisDay(unixSeconds seconds: Double) -> Double {
        let year = 1970 + seconds / 31_556_952
        return (seconds + deltaT(year: year)) / 86_400 + 2_440_587.5
    }

    /// Meeus table 47.A, the largest terms: multiples of D, M, M′, F and the amplitude in 10⁻⁶ degrees.
    private static let moonTerms: [(d: Double, m: Double, mPrime: Double, f: Double, amplitude: Double)] = [
        (0, 0, 1, 0, 6_288_774), (2, 0, -1, 0, 1_274_027), (2, 0, 0, 0, 658_314), (0, 0, 2, 0, 213_618),
        (0, 1, 0, 0, -185_116), (0, 0, 0, 2, -114_332), (2, 0, -2, 0, 58_793), (2, -1, -1, 0, 57_066),
        (2, 0, 1, 0, 53_322), (2, -1, 0, 0, 45_758), (0, 1, -1, 0, -40_923), (1, 0, 0, 0, -34_720),
        (0, 1, 1, 0, -30_383), (2, 0, 0, -2, 15_327), (0, 0, 1, 2, -12_528), (0, 0, 1, -2, 10_980),
        (4, 0, -1, 0, 10_675), (0, 0, 3, 0, 10_034), (4, 0, -2, 0, 8_548), (2, 1, -1, 0, -7_888),
        (2, 1, 0, 0, -6_766), (1, 0, -1, 0, -5_163), (1, 1, 0, 0, 4_987), (2, -1, 1, 0, 4_036),
    ]

    static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
}

extension Double {
    /// An angle folded into [0, 360).
    var folded: Double { self < 0 ? self + 360 : self }
}
