// TODO: greet someone by name: greet('Ada') is 'Hello, Ada!'.
export function greet(_name: string): string {
  return '';
}
