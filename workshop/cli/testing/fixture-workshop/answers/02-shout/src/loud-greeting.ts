import { greet } from './greet';
import { shout } from './shout';

export function loudGreeting(name: string): string {
  return shout(greet(name));
}
