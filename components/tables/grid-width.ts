/** The narrowest a row of these CSS grid tracks gets: each track's pixel minimum ("140px", "minmax(180px, 1fr)"). */
export function gridMinWidth(tracks: readonly string[]): number {
  return tracks.reduce((sum, track) => sum + Number(/(\d+(?:\.\d+)?)px/.exec(track)?.[1] ?? 0), 0);
}
