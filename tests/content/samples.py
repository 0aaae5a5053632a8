"""A small valid bank-shaped problem shared by the content tests (cases, validate)."""

PROBLEM = {
    "id": "draft-001",
    "module": "sequences",
    "difficulty": 2,
    "question_zh": "等差数列 $\\{a_n\\}$ 中，$a_1=2$，公差 $d=3$，求 $a_{10}$。",
    "question_en": "In an arithmetic sequence with $a_1=2$ and $d=3$, find $a_{10}$.",
    "final_answer": "29",
    "answer_kind": "number",
    "knowledge_points": ["seq.arith.def"],
    "methods": [
        {
            "name_zh": "通项公式法",
            "name_en": "General-term formula",
            "thinking_methods": ["function_equation"],
            "steps": [
                {
                    "question_zh": "等差数列的通项公式是什么？",
                    "answer": "$a_n=a_1+(n-1)d$",
                    "knowledge_points": ["seq.arith.def"],
                },
                {
                    "question_zh": "把 $n=10$ 代入，$a_{10}$ 等于多少？",
                    "answer": "$a_{10}=2+9\\times 3=29$",
                    "claim": "2+9\\cdot 3=29",
                    "knowledge_points": ["seq.arith.def"],
                },
            ],
        }
    ],
}
