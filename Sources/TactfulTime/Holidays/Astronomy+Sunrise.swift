import Foundation

extension Astronomy {
    /// A place on Earth: latitude north and longitude east, in degrees.
    struct Place: Sendable {
        let latitude: Double, longitude: Double

        /// Ujjain, the prime meridian of Indian astronomy (Reingold & Dershowitz, *Calendrical Calculations*,
        /// 3rd ed., §20.4: 23°9′N, 75°46′6″E), where the modern Hindu calendar reckons sunrise.
        static let ujjain = Place(latitude: 23 + 9.0 / 60, longitude: 75 + 46.0 / 60 + 6.0 / 3600)
    }

    /// The moments of a day at a place that decide which tithi a festival falls on.
    enum DayMoment: String, Sendable, CaseIterable {
        /// Aruṇodaya, four ghaṭikās (96 minutes) before sunrise: Tamil almanacs keep Naraka Caturdaśī by it.
        case dawn
        /// The upper limb on the horizon, with standard refraction (altitude −0.833°).
        case sunrise
        /// Local apparent noon (the middle of madhyāhna).
        case noon
        /// The middle of aparāhṇa, the fourth of the day's five parts (0.7 of daylight after sunrise): Vijayadaśamī.
        case afternoon
        /// Sunset (pradoṣa begins).
        case sunset
        /// Local apparent midnight after the day's sunset (niśītha).
        case midnight
    }

    /// The instant (seconds since 1970 UT) of `moment` on the civil day that begins at `dayStart` UT seconds
    /// (the local midnight of that day), after Meeus chapter 15 with the equation of time of chapter 28 (low
    /// accuracy; at Ujjain within 5 seconds of PyEphem's sunrise, sunset and transit on samples of 2025–2027).
    static func moment(_ moment: DayMoment, dayStart: Double, at place: Place) -> Double {
        // Start from the place's mean noon, which lies inside the local civil day for any sensible zone.
        let utcMidnight = (dayStart / 86_400).rounded() * 86_400
        var noon = utcMidnight + (12 - place.longitude / 15) * 3600
        if noon < dayStart { noon += 86_400 } else if noon >= dayStart + 86_400 { noon -= 86_400 }
        let (transit, _) = solarTransit(near: noon, at: place)
        switch moment {
        case .noon: return transit
        case .midnight: return transit + 43_200
        case .dawn: return horizon(rising: true, transit: transit, at: place) - 96 * 60
        case .sunrise: return horizon(rising: true, transit: transit, at: place)
        case .sunset: return horizon(rising: false, transit: transit, at: place)
        case .afternoon:
            let rise = horizon(rising: true, transit: transit, at: place)
            return rise + 0.7 * (horizon(rising: false, transit: transit, at: place) - rise)
        }
    }

    /// Sunrise or sunset around an apparent noon, refined twice with the declination at the event.
    private static func horizon(rising: Bool, transit: Double, at place: Place) -> Double {
        var event = transit
        for _ in 0..<2 {
            let (refined, declination) = solarTransit(near: event, at: place)
            let halfArc = hourAngle(declination: declination, latitude: place.latitude) / 15 * 3600
            event = rising ? refined - halfArc : refined + halfArc
        }
        return event
    }

    /// Apparent noon nearest `instant` at the place, and the Sun's declination then (degrees).
    private static func solarTransit(near instant: Double, at place: Place) -> (Double, Double) {
        let jde = julianEphemerisDay(unixSeconds: instant)
        let t = (jde - j2000) / 36_525
        let longitude = radians(apparentLongitude(jde))
        let obliquity = radians(23.439_291 - 0.013_004_2 * t)
        let rightAscension = atan2(cos(obliquity) * sin(longitude), cos(longitude)) * 180 / .pi
        let declination = asin(sin(obliquity) * sin(longitude)) * 180 / .pi
        let meanLongitude = 280.466_46 + 36_000.769_83 * t
        var equation = (meanLongitude - 0.005_718_3 - rightAscension).truncatingRemainder(dividingBy: 360)
        if equation > 180 { equation -= 360 } else if equation < -180 { equation += 360 }
        // Apparent solar time = UT + (longitude + equation of time) / 15 hours; noon when it reads 12:00.
        let utcMidnight = (instant / 86_400).rounded(.down) * 86_400
        var transit = utcMidnight + (12 - (place.longitude + equation) / 15) * 3600
        if transit - instant > 43_200 { transit -= 86_400 } else if instant - transit > 43_200 { transit += 86_400 }
        return (transit, declination)
    }

    /// The hour angle (degrees) of sunrise or sunset for a declination and latitude; 0 or 180 at the poles' days.
    private static func hourAngle(declination: Double, latitude: Double) -> Double {
        let phi = radians(latitude)
        let delta = radians(declination)
        let cosine = (sin(radians(-0.833)) - sin(phi) * sin(delta)) / (cos(phi) * cos(delta))
        return acos(min(1, max(-1, cosine))) * 180 / .pi
    }
}
