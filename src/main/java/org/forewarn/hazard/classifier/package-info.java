/**
 * Free-text hazard classification: Chinese report text → hazard category with a
 * calibrated confidence, trained on a labelled set shipped with the platform and
 * corrected online by dispatchers. Internal to the hazard module.
 */
package org.forewarn.hazard.classifier;
