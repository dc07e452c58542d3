import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("invalidEmail").max(254, "tooLong"),
  password: z.string().min(1, "required").max(1024, "tooLong"),
});
export type SignInInput = z.infer<typeof signInSchema>;
