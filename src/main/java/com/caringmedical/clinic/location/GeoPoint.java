package com.caringmedical.clinic.location;

import com.caringmedical.clinic.web.problem.InvalidParameterException;

/** A position on the earth, in degrees, as a client sends it: {@code near=41.88,-87.78}. */
record GeoPoint(double latitude, double longitude) {

    /** The mean radius of the earth (IUGG), for great-circle distances. */
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final String RULE = "must be a latitude and a longitude in degrees, such as 41.88,-87.78";

    static GeoPoint parse(String parameter, String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 2) {
            throw new InvalidParameterException(parameter, RULE);
        }
        try {
            double latitude = Double.parseDouble(parts[0].strip());
            double longitude = Double.parseDouble(parts[1].strip());
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || Double.isNaN(latitude)
                    || Double.isNaN(longitude)) {
                throw new InvalidParameterException(parameter, RULE);
            }
            return new GeoPoint(latitude, longitude);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, RULE);
        }
    }

    /** The great-circle distance to another point (haversine formula), in kilometres. */
    double kilometresTo(double otherLatitude, double otherLongitude) {
        double dLat = Math.toRadians(otherLatitude - latitude);
        double dLon = Math.toRadians(otherLongitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(otherLatitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
