// TODO: shout('hi') is 'HI'.
export function shout(text: string): string {
  return text;
}
