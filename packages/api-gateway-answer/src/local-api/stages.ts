import type { WireAnswer } from './wire-answer';

/**
 * A door's answer that is already decided: the stages after the one that made it do not run.
 * A class, so that `instanceof` tells it from any value a stage passes on.
 */
export class Finished {
  constructor(readonly answer: WireAnswer) {}
}

/** What a stage gives: the next stage's input, or the finished answer. */
export type StageResult<Next> = Next | Finished;

/** One stage of a door: from what the stage before it made, to the next value or the answer. */
export type Stage<In, Out> = (value: In) => StageResult<Out> | Promise<StageResult<Out>>;

/** Ends a door's list of stages with `answer`. */
export function finish(answer: WireAnswer): Finished {
  return new Finished(answer);
}

/**
 * A door as a list of stages, read top to bottom: `Stages.from(request).next(route).next(…).answer()`.
 * The first stage to finish decides the answer; the stages after it never run.
 */
export class Stages<Value> {
  private constructor(private readonly outcome: Promise<StageResult<Value>>) {}

  static from<Value>(value: StageResult<Value> | Promise<StageResult<Value>>): Stages<Value> {
    return new Stages(Promise.resolve(value));
  }

  next<Next>(stage: Stage<Value, Next>): Stages<Next> {
    return new Stages(
      this.outcome.then((value) => (value instanceof Finished ? value : stage(value))),
    );
  }

  /** The door's answer: the finished one, or the last stage's. */
  async answer(this: Stages<WireAnswer>): Promise<WireAnswer> {
    const outcome = await this.outcome;
    return outcome instanceof Finished ? outcome.answer : outcome;
  }
}
