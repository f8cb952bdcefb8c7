//! The few transcendental functions the map's geometry needs (Mercator projection, marker
//! shapes, spider angles). In the browser they are the engine's `Math`, already there, so the
//! download carries no copy of libm's code and tables; natively, std's.

#[cfg(target_arch = "wasm32")]
use js_sys::Math;

macro_rules! unary {
    ($($(#[$doc:meta])* $name:ident => $js:ident;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(x: f64) -> f64 {
            #[cfg(target_arch = "wasm32")]
            return Math::$js(x);
            #[cfg(not(target_arch = "wasm32"))]
            return x.$name();
        }
    )*};
}

unary! {
    /// Sine of `x` radians.
    sin => sin;
    /// Cosine of `x` radians.
    cos => cos;
    /// Natural logarithm.
    ln => log;
    /// Hyperbolic sine.
    sinh => sinh;
    /// Arctangent, in radians.
    atan => atan;
}

macro_rules! binary {
    ($($(#[$doc:meta])* $name:ident($a:ident, $b:ident) => $js:ident, $std:ident;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name($a: f64, $b: f64) -> f64 {
            #[cfg(target_arch = "wasm32")]
            return Math::$js($a, $b);
            #[cfg(not(target_arch = "wasm32"))]
            return $a.$std($b);
        }
    )*};
}

binary! {
    /// The angle of the point (`x`, `y`) from the x axis, in radians.
    atan2(y, x) => atan2, atan2;
    /// `base` raised to `exponent`.
    pow(base, exponent) => pow, powf;
}

/// Length of the vector (`x`, `y`).
#[inline]
pub fn hypot(x: f64, y: f64) -> f64 {
    (x * x + y * y).sqrt()
}
