//! Screen geometry: marker shapes and rings ([`symbols`]), the spider around co-located markers
//! ([`spread`]), which map names show and where ([`labels`]) and the few transcendental
//! functions they need ([`math`]). Pure: no DOM, no Leaflet.

pub mod labels;
pub mod math;
pub mod spread;
pub mod symbols;
