import { greet } from './greet';

// TODO: greet loudly: loudGreeting('Ada') is 'HELLO, ADA!', with shout.
export function loudGreeting(name: string): string {
  return greet(name);
}
