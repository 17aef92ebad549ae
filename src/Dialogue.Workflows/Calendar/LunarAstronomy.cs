namespace Dialogue.Workflows.Calendar;

/// <summary>
/// The astronomy behind the Vietnamese lunar calendar: new moons and the sun's longitude,
/// evaluated for a fixed time zone (UTC+7 for Vietnam).
/// </summary>
/// <remarks>
/// Follows the published algorithm of Hồ Ngọc Đức (after Meeus' "Astronomical Algorithms"):
/// a lunar month starts on the local day of the new moon; month 11 is the month that holds the
/// winter solstice; in a year of 13 months the leap month is the first month after month 11 that
/// holds no major solar term (no change of the sun's 30° sector). These formulas are only run
/// while the month tables are built, never on the query path.
/// </remarks>
internal static class LunarAstronomy
{
    private const double MeanSynodicMonth = 29.530588853;
    private const double Degrees = Math.PI / 180;

    /// <summary>The Julian day (fractional, UT) of the k-th new moon after 1900-01-01.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Degrees);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * Degrees)) + (0.0021 * Math.Sin(2 * Degrees * m));
        // One term per line, each with its own sign: "c1 -= a + b" would silently flip b's sign.
        c1 -= 0.4068 * Math.Sin(mpr * Degrees);
        c1 += 0.0161 * Math.Sin(Degrees * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(Degrees * 3 * mpr);
        c1 += 0.0104 * Math.Sin(Degrees * 2 * f);
        c1 -= 0.0051 * Math.Sin(Degrees * (m + mpr));
        c1 -= 0.0074 * Math.Sin(Degrees * (m - mpr));
        c1 += 0.0004 * Math.Sin(Degrees * ((2 * f) + m));
        c1 -= 0.0004 * Math.Sin(Degrees * ((2 * f) - m));
        c1 -= 0.0006 * Math.Sin(Degrees * ((2 * f) + mpr));
        c1 += 0.0010 * Math.Sin(Degrees * ((2 * f) - mpr));
        c1 += 0.0005 * Math.Sin(Degrees * ((2 * mpr) + m));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The local day number (Julian day number) on which the k-th new moon falls.</summary>
    public static int NewMoonDay(int k, double timeZoneHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (timeZoneHours / 24));

    /// <summary>The sun's apparent longitude, in radians [0, 2π), at a fractional Julian day (UT).</summary>
    public static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(Degrees * m);
        dl += ((0.019993 - (0.000101 * t)) * Math.Sin(Degrees * 2 * m)) + (0.000290 * Math.Sin(Degrees * 3 * m));
        var l = (l0 + dl) * Degrees;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }

    /// <summary>
    /// The sun's 30° sector (0..11, 0 = spring equinox) at the start of a local day; a month
    /// holds a major solar term exactly when this changes between its first day and the next month's.
    /// </summary>
    public static int SunSector(int dayNumber, double timeZoneHours) =>
        (int)(SunLongitude(dayNumber - 0.5 - (timeZoneHours / 24)) / Math.PI * 6);

    /// <summary>The local day number on which lunar month 11 (the winter-solstice month) of a solar year starts.</summary>
    public static int Month11Start(int solarYear, double timeZoneHours)
    {
        var offset = JulianDayNumber.FromDate(solarYear, 12, 31) - 2415021;
        var k = (int)Math.Floor(offset / MeanSynodicMonth);
        var newMoon = NewMoonDay(k, timeZoneHours);
        // Sector 9 starts at the winter solstice (270°): a new moon past it belongs to month 12.
        return SunSector(newMoon, timeZoneHours) >= 9 ? NewMoonDay(k - 1, timeZoneHours) : newMoon;
    }

    /// <summary>The index k of the new moon that starts the month beginning on <paramref name="dayNumber"/>.</summary>
    public static int NewMoonIndex(int dayNumber) =>
        (int)Math.Floor(((dayNumber - 2415021.076998695) / MeanSynodicMonth) + 0.5);

    /// <summary>
    /// In a 13-month year that starts with the month 11 beginning on <paramref name="month11Start"/>,
    /// the offset (1..12) of the leap month: the first month after month 11 with no major solar term.
    /// </summary>
    public static int LeapMonthOffset(int month11Start, double timeZoneHours)
    {
        var k = NewMoonIndex(month11Start);
        var i = 1;
        var sector = SunSector(NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        int last;
        do
        {
            last = sector;
            i++;
            sector = SunSector(NewMoonDay(k + i, timeZoneHours), timeZoneHours);
        }
        while (sector != last && i < 14);
        return i - 1;
    }
}
