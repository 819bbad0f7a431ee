// Property and fuzz tests run the same way every time: a fixed seed, unless FC_SEED asks for another one (a random
// run: FC_SEED=$RANDOM npm test; to replay a failure, pass the seed and path fast-check printed, see docs/testing.md).
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env["FC_SEED"] ?? 20261130) });
