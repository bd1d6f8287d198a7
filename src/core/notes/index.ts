// Notes on sections and targets (批注), kept in a sidecar beside the notice: the face of src/core/notes.
export * from './types';
export { anchorAt, anchorCandidates, resolveAnchor, resolveAnchors, sectionLabel, squeezeForAnchor, type AnchorCandidate } from './anchors';
export { parseSidecar, serializeSidecar, sidecarPathOf, SIDECAR_SUFFIX, SIDECAR_VERSION, type SidecarRead } from './sidecar';
export { noteLine, notesPerRow } from './tasks';
