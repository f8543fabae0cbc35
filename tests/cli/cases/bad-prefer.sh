# --prefer neither past nor future
"$FREX" extract --prefer sometimes good.txt
